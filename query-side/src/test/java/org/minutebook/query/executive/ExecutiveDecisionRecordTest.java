package org.minutebook.query.executive;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.executive.DecisionMakerKind;
import org.minutebook.events.executive.DecisionTaken;
import org.minutebook.events.executive.DecisionTakenCorrected;
import org.minutebook.events.executive.ExecutiveDecisionEvent;
import org.minutebook.events.published.OutsideMeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lettings policy decision, its words corrected a week later: read now, and as it stood before. */
class ExecutiveDecisionRecordTest {

    private static final String ID = "lettings-2027";
    private static final Instant TAKEN = Instant.parse("2027-01-11T16:00:00Z");
    private static final Instant CORRECTED = Instant.parse("2027-01-18T10:00:00Z");
    private static final Person CLERK = new Person("jacob-mann", "Jacob Mann");

    private final ExecutiveDecisionRecord record = record(
            taken("To adopt the lettings policy.", "The tenancy figures"),
            new DecisionTakenCorrected(ID, taken("To adopt the lettings policy from 1 April 2027.",
                    "The tenancy figures by ward"), "The date of effect was left out", CLERK));

    @Test
    @DisplayName("Read now, it reads as corrected, with the correction; before the correction, as it stood")
    void readNowAndAsItStood() {
        assertThat(record.decision().taken().decision()).isEqualTo("To adopt the lettings policy from 1 April 2027.");
        assertThat(record.correctionsBy(null)).singleElement()
                .satisfies(correction -> assertThat(correction.correctedBy()).isEqualTo(CLERK));
        assertThat(record.asOf(CORRECTED.minusSeconds(1)).orElseThrow().taken().decision())
                .isEqualTo("To adopt the lettings policy.");
        assertThat(record.correctionsBy(CORRECTED.minusSeconds(1))).isEmpty();
        assertThat(record.exemptPartAsOf(null)).isEqualTo("The tenancy figures by ward");
        assertThat(record.exemptPartAsOf(CORRECTED.minusSeconds(1))).as("to the auditor, as it read then")
                .isEqualTo("The tenancy figures");
    }

    private static DecisionTaken taken(String words, String exemptPart) {
        return new DecisionTaken(ID, "Leicester City Council", "Lettings policy", DecisionMakerKind.EXECUTIVE_MEMBER,
                new Person(null, "Cllr Cutkelvin", "Cabinet Member for Housing"), null, LocalDate.of(2027, 1, 11),
                null, words, null, null, null, null, false, "3", exemptPart, null);
    }

    private static ExecutiveDecisionRecord record(ExecutiveDecisionEvent... events) {
        List<ExecutiveDecisionRecord.Stood> stood = new ArrayList<>();
        OutsideMeeting decision = null;
        for (ExecutiveDecisionEvent event : events) {
            decision = OutsideMeeting.after(decision, event);
            String exemptPart = event instanceof DecisionTaken taken ? taken.exemptPart()
                    : ((DecisionTakenCorrected) event).corrected().exemptPart();
            stood.add(new ExecutiveDecisionRecord.Stood(event instanceof DecisionTaken ? TAKEN : CORRECTED, decision,
                    OutsideMeeting.correctionIn(event), exemptPart));
        }
        return new ExecutiveDecisionRecord(ID, "Leicester City Council", events.length - 1, stood,
                stood.get(stood.size() - 1).exemptPart());
    }
}
