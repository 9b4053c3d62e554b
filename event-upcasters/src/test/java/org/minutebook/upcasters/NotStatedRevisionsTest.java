package org.minutebook.upcasters;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.events.business.FutureMeetingDate;
import org.minutebook.events.business.FutureMeetingDatesNoted;
import org.minutebook.events.committees.CommitteeRole;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.events.corrections.FactCorrected;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.upcasters.StoredEvents.contractSerializer;
import static org.minutebook.upcasters.StoredEvents.fixture;
import static org.minutebook.upcasters.StoredEvents.stored;
import static org.minutebook.upcasters.StoredEvents.upcast;

/**
 * "Future meetings: 19 January 2021 at 2.00pm" was noted as a date-time each before a day could be noted without a
 * time; Mrs Fryer was appointed chair before a role could be left out; referrals and further reports were recorded
 * with a subject before the minutes could leave it to the decision's words. All read now as they were recorded.
 */
class NotStatedRevisionsTest {

    private final Serializer serializer = contractSerializer();
    private final EventUpcasterChain upcasters = ContractUpcasters.chain();

    @Test
    void datesNotedWithTheirTimesAreReadAsDaysWithTheirTimes() {
        FutureMeetingDatesNoted noted = read("minutebook.FutureMeetingDatesNoted", "1",
                fixture("FutureMeetingDatesNoted.v1.json"), "2");

        assertThat(noted.dates()).containsExactly(
                new FutureMeetingDate(LocalDate.of(2021, 1, 19), LocalTime.of(14, 0)),
                new FutureMeetingDate(LocalDate.of(2021, 3, 2), LocalTime.of(10, 0)));
    }

    @Test
    void aCorrectionOfNotedDatesIsReadAsCorrectingTheDays() {
        FactCorrected correction = read("minutebook.FactCorrected", "2",
                fixture("FactCorrected.v2.dates-of-FutureMeetingDatesNoted.v1.json"), "3");

        assertThat(correction.replacement().get("dates"))
                .isEqualTo(List.of(Map.of("date", "2021-01-19", "time", "14:00:00")));
    }

    @Test
    void anAppointmentWithItsRoleAndDateReadsAsItWas() {
        MemberAppointed appointed = read("minutebook.MemberAppointed", "2", fixture("MemberAppointed.v2.json"), "3");

        assertThat(appointed.role()).isEqualTo(CommitteeRole.CHAIR);
        assertThat(appointed.from()).isEqualTo(LocalDate.of(2020, 5, 21));
    }

    @Test
    void aReferralRecordedWithItsSubjectReadsAsItWas() {
        ReferralMade referral = read("minutebook.ReferralMade", "2", fixture("ReferralMade.v2.json"), "3");

        assertThat(referral.subject()).isEqualTo("The comments made by the Committee");
        assertThat(referral.toBody()).isEqualTo("Cabinet");
        assertThat(referral.partId()).isEqualTo("c");
    }

    @Test
    void aFurtherReportRecordedWithItsSubjectReadsAsItWas() {
        FurtherReportRequested report = read("minutebook.FurtherReportRequested", "4",
                fixture("FurtherReportRequested.v4.json"), "5");

        assertThat(report.subject()).isEqualTo("Progress on the pathway");
        assertThat(report.toBody()).isNull();
        assertThat(report.partId()).isEqualTo("b");
    }

    private <T> T read(String type, String revision, byte[] payload, String expectedRevision) {
        List<IntermediateEventRepresentation> read = upcast(upcasters, stored(serializer, type, revision, payload));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo(expectedRevision);
        return serializer.deserialize(read.get(0).getData());
    }
}
