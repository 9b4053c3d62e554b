package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.attendance.AttendanceMode;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.SubstituteRecorded;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.upcasters.StoredEvents.contractSerializer;
import static org.minutebook.upcasters.StoredEvents.fixture;
import static org.minutebook.upcasters.StoredEvents.stored;
import static org.minutebook.upcasters.StoredEvents.upcast;

/**
 * Facts of 2 November 2021 recorded before the record kept the law at each item, read now: "PRESENT" is present in
 * person, a resolution's lettered parts have the ids of their letters, a decision had no amendments, no earlier vote
 * and no statutory record minuted, and an action follows from the decision as a whole.
 */
class LawRevisionsTest {

    private final Serializer serializer = contractSerializer();
    private final EventUpcasterChain upcasters = ContractUpcasters.chain();

    @Test
    @DisplayName("A member recorded PRESENT before attendance had a mode was present in person")
    void aMemberPresentBeforeModesWasPresentInPerson() {
        MemberAttended attended = read("minutebook.MemberAttended", "2", fixture("MemberAttended.v2.json"), "3");

        assertThat(attended.mode()).isEqualTo(AttendanceMode.IN_PERSON);
        assertThat(attended.member().name()).isEqualTo("Mrs. H. J. Fryer CC");
    }

    @Test
    @DisplayName("Cllr Orton, who substituted before attendance had a mode, substituted in person")
    void aSubstituteBeforeModesWasPresentInPerson() {
        SubstituteRecorded substitute = read("minutebook.SubstituteRecorded", "2",
                fixture("SubstituteRecorded.v2.json"), "3");

        assertThat(substitute.mode()).isEqualTo(AttendanceMode.IN_PERSON);
    }

    @Test
    @DisplayName("Item 37's resolution: parts a) to c) read with ids a to c, no amendments, no earlier votes")
    void aResolutionOfVersionTwoReadsWithItsPartsIdentifiedAndNoDebate() {
        ResolutionPassed resolved = read("minutebook.ResolutionPassed", "2", fixture("ResolutionPassed.v2.json"),
                "3");

        assertThat(resolved.parts()).extracting(ResolutionPart::partId).containsExactly("a", "b", "c");
        assertThat(resolved.amendments()).isEmpty();
        assertThat(resolved.earlierVotes()).isEmpty();
        assertThat(resolved.statutory()).isNull();
        assertThat(resolved.withoutQuorum()).isNull();
        assertThat(resolved.vote().castingVote().member().id()).isEqualTo("fryer");
        assertThat(resolved.vote().method()).isNull();
    }

    @Test
    @DisplayName("A lost motion of one unlabelled part reads with the part's id by its place")
    void aLostMotionOfVersionTwoReadsWithItsPartIdentifiedByPlace() {
        MotionLost lost = read("minutebook.MotionLost", "2", fixture("MotionLost.v2.json"), "3");

        assertThat(lost.parts()).extracting(ResolutionPart::partId).containsExactly("1");
        assertThat(lost.vote().against()).isEqualTo(5);
    }

    @Test
    @DisplayName("Action 37-c, agreed before follow-ups named a part, follows from the decision as a whole")
    void anActionOfVersionOneFollowsFromTheWholeDecision() {
        ActionAgreed agreed = read("minutebook.ActionAgreed", "1", fixture("ActionAgreed.v1.json"), "2");

        assertThat(agreed.resolutionId()).isEqualTo("res-37");
        assertThat(agreed.partId()).isNull();
    }

    @Test
    @DisplayName("The meeting of 18 November 2020 closed at 12.12pm on its own day, no signature block stated")
    void aCloseOfVersionTwoIsOnTheMeetingsDay() {
        MeetingClosed closed = read("minutebook.MeetingClosed", "2", fixture("MeetingClosed.v2.json"), "3");

        assertThat(closed.closedAt()).isEqualTo(LocalTime.of(12, 12));
        assertThat(closed.closedOn()).isNull();
        assertThat(closed.signatureRole()).isNull();
    }

    @Test
    @DisplayName("A correction of version 2 is of the whole fact; its replacement's parts still read with ids")
    void aCorrectionOfVersionTwoIsOfTheWholeFact() {
        FactCorrected correction = read("minutebook.FactCorrected", "2",
                fixture("FactCorrected.v2.parts-of-ResolutionPassed.v2.json"), "3");

        assertThat(correction.partId()).isNull();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) correction.replacement().get("parts");
        assertThat(parts).hasSize(2);
        ResolutionPassed corrected = new ObjectMapper().registerModule(new JavaTimeModule())
                .convertValue(correction.replacement(), ResolutionPassed.class);
        assertThat(corrected.parts()).extracting(ResolutionPart::partId).containsExactly("a", "b");
    }

    private <T> T read(String type, String revision, byte[] payload, String expectedRevision) {
        List<IntermediateEventRepresentation> read = upcast(upcasters, stored(serializer, type, revision, payload));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo(expectedRevision);
        return serializer.deserialize(read.get(0).getData());
    }
}
