package org.minutebook.upcasters;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.SubstituteRecorded;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.MinuteBlock;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.meetings.MeetingScheduled;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.upcasters.StoredEvents.contractSerializer;
import static org.minutebook.upcasters.StoredEvents.fixture;
import static org.minutebook.upcasters.StoredEvents.stored;
import static org.minutebook.upcasters.StoredEvents.upcast;

/** Events released in contract 1 whose shape changed in contract 2, each read from a fixture of version 1. */
class ContractTwoRevisionsTest {

    private final Serializer serializer = contractSerializer();
    private final EventUpcasterChain upcasters = ContractUpcasters.chain();

    @Test
    void aMeetingScheduledAtAnInstantOfItsDayIsReadAsItsDateAndTimeInLondon() {
        MeetingScheduled scheduled = read("org.minutebook.events.meetings.MeetingScheduled",
                fixture("MeetingScheduled.v1.json"), "2");

        assertThat(scheduled.date()).isEqualTo(LocalDate.of(2021, 11, 2));
        assertThat(scheduled.startTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(scheduled.timeZone()).isEqualTo("Europe/London");
        assertThat(scheduled.venue()).isEqualTo("County Hall, Glenfield");
    }

    @Test
    void aMinuteOfTextAndPointsIsReadAsAParagraphThenABulletedList() {
        ItemMinuted minuted = read("org.minutebook.events.business.ItemMinuted", fixture("ItemMinuted.v1.json"), "2");

        assertThat(minuted.blocks()).containsExactly(
                MinuteBlock.paragraph("The Committee considered a report of the Chief Executive which presented the"
                        + " draft Strategic Plan for the period 2022-26."),
                MinuteBlock.bullets(List.of("A member commented that more detail was required in the Plan.",
                        "In relation to sub-outcome 7.1, a query was raised.")));
        assertThat(minuted.cutOff()).isFalse();
    }

    @Test
    void aSubstituteForAMemberByIdIsReadAsStandingInForThatPerson() {
        SubstituteRecorded substitute = read("org.minutebook.events.attendance.SubstituteRecorded",
                fixture("SubstituteRecorded.v1.json"), "3");

        assertThat(substitute.substitute()).isEqualTo(new Person("cllr-orton", "Cllr Orton"));
        assertThat(substitute.forMember()).isEqualTo(new Person("cllr-rae-bhatia", null, null));
    }

    @Test
    void aCorrectionOfAMinutesTextIsReadAsCorrectingItsBlocks() {
        FactCorrected correction = read("org.minutebook.events.corrections.FactCorrected",
                fixture("FactCorrected.v1.text-of-ItemMinuted.v1.json"), "3");

        assertThat(correction.correctsEventType()).isEqualTo("minutebook.ItemMinuted");
        assertThat(correction.replacement()).containsEntry("cutOff", false);
        assertThat(correction.replacement().get("blocks")).isEqualTo(List.of(Map.of("kind", "PARAGRAPH",
                "text", "The Committee considered a report of the Chief Executive.", "items", List.of())));
    }

    private <T> T read(String contract1Name, byte[] payload, String expectedRevision) {
        List<IntermediateEventRepresentation> read = upcast(upcasters, stored(serializer, contract1Name, "1", payload));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo(expectedRevision);
        return serializer.deserialize(read.get(0).getData());
    }
}
