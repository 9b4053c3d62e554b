package org.minutebook.subscriber;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.subscriber.Decisions.decision;

class DecisionLineTest {

    @Test
    void aPublishedDecisionSaysTheCouncilTheCommitteeTheDayTheItemAndTheOutcome() {
        assertThat(DecisionLine.of(published(Decisions.fixture("PublishedDecision"))))
                .isEqualTo("2021-11-02  Leicestershire County Council  Children and Families Overview and Scrutiny "
                        + "Committee  cfosc-2021-11-02  37. Written Statement of Action and High Needs Block "
                        + "Development  RESOLVED: a) That the report be noted; b) That the timescales be presented to "
                        + "a future meeting of the Committee. (6 for, 1 against, 1 abstaining)");
    }

    @Test
    void aPublishedCorrectionSaysHowTheDecisionNowReads() {
        String corrected = Decisions.fixture("PublishedDecision").replace("\"RECORDED\"", "\"CORRECTED\"");

        assertThat(DecisionLine.of(published(corrected))).contains("Development  CORRECTED, now reads RESOLVED: a)");
    }

    @Test
    void aPublishedReferralInTheDecisionsWordsAloneNamesTheBodyAndInventsNoSubject() throws Exception {
        assertThat(DecisionLine.of(sentOnWithoutASubject("REFERRAL", "REFERRED", "Cabinet")))
                .endsWith("Development  REFERRED to Cabinet");
    }

    @Test
    void aPublishedFurtherReportToNoBodyAndWithoutASubjectSaysOnlyWhen() throws Exception {
        assertThat(DecisionLine.of(sentOnWithoutASubject("FURTHER_REPORT", "FURTHER_REPORT_REQUESTED", null)))
                .endsWith("Development  FURTHER REPORT at a future meeting");
    }

    /** Item 37's part c) sent on, the minutes stating no subject apart from the decision's own words. */
    private static DecisionEvent sentOnWithoutASubject(String kind, String outcome, String toBody) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode decision = (ObjectNode) json.readTree(Decisions.fixture("PublishedDecision"));
        decision.put("kind", kind).put("outcome", outcome).putNull("text").putNull("motion");
        decision.putObject("sentOn").put("actionId", "a-37c").put("resolutionId", "r-37").put("partId", "c")
                .put("toBody", toBody).putNull("subject").putNull("dueMeetingDate");
        return published(json.writeValueAsString(decision));
    }

    @Test
    void aDecisionOutsideAMeetingSaysItsDayCouncilMakerAndStep() {
        String officers = """
                {"id": "e9", "decisionId": "od-2026-311", "status": "RECORDED", "kind": "DECISION_OUTSIDE_MEETING",
                 "outcome": "DECIDED", "text": "To close Belgrave Gate from 7 to 11 December.",
                 "outsideMeeting": {"decisionId": "od-2026-311", "council": "Leicester City Council",
                   "taken": {"makerKind": "OFFICER", "maker": {"name": "Martin Fletcher"}, "takenOn": "2026-12-03"},
                   "implementableFrom": "2026-12-03"}}""";

        assertThat(DecisionLine.of(published(officers))).isEqualTo("2026-12-03  Leicester City Council  Martin Fletcher"
                + "  od-2026-311  DECISION_OUTSIDE_MEETING DECIDED: To close Belgrave Gate from 7 to 11 December."
                + " (may be implemented from 2026-12-03)");
    }

    private static DecisionEvent published(String json) {
        try {
            return DecisionEvent.published(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    void aResolutionIsItsFormAndItsPartsInOrder() {
        assertThat(DecisionLine.of(decision("org.minutebook.events.resolutions.ResolutionPassed", "e1")))
                .isEqualTo("2021-11-02  leics-cfosc-2021-11-02  item-37  RESOLVED: a) That the report be noted; "
                        + "b) That the timescales for implementation of a Neurodevelopmental Pathway be presented to a "
                        + "future meeting of the Committee; c) That an update be provided to the Committee when any "
                        + "data relating to delays arising from Covid-19 became available.");
    }

    @Test
    void aLostMotionIsItsPreambleAndItsUnlabelledPart() {
        assertThat(DecisionLine.of(decision("org.minutebook.events.resolutions.MotionLost", "e2")))
                .isEqualTo("2021-11-02  leics-cfosc-2021-11-02  item-38  MOTION LOST: That the Cabinet be asked: "
                        + "to pause the consultation until the new year.");
    }

    @Test
    void aDeferralGivesItsReason() {
        assertThat(DecisionLine.of(decision("org.minutebook.events.business.ItemDeferred", "e3")))
                .isEqualTo("2021-11-02  leics-cfosc-2021-11-02  item-39  DEFERRED: The report was not ready");
    }

    @Test
    void aWithdrawalWithoutAReasonSaysJustThat() {
        assertThat(DecisionLine.of(decision("org.minutebook.events.business.ItemWithdrawn", "e4")))
                .isEqualTo("2021-11-02  leics-cfosc-2021-11-02  item-40  WITHDRAWN");
    }

    @Test
    void aReferralNamesTheBodyAndTheMatter() {
        assertThat(DecisionLine.of(decision("org.minutebook.events.actions.ReferralMade", "e5")))
                .isEqualTo("2021-11-02  esb2-2018-06-21  item-4  "
                        + "REFERRED to Scrutiny Board 4: housing allocation priority for foster carers");
    }

    @Test
    void aFurtherReportNamesTheBodyTheMeetingItIsDueAtAndTheSubject() {
        assertThat(DecisionLine.of(decision("org.minutebook.events.actions.FurtherReportRequested", "e6")))
                .isEqualTo("2021-11-02  leics-cfosc-2020-11-18  item-29  FURTHER REPORT to the Committee on "
                        + "2021-01-19: progress on the High Needs Block development programme");
    }

    @Test
    void aFurtherReportWithoutADateIsForAFutureMeeting() {
        DecisionEvent event = decision("org.minutebook.events.actions.FurtherReportRequested", "e6");
        DecisionEvent undated = new DecisionEvent(event.id(), event.type(), event.time(), event.meetingId(),
                event.schemaVersion(), event.data().replace("\"2021-01-19\"", "null"));

        assertThat(DecisionLine.of(undated)).contains("FURTHER REPORT to the Committee at a future meeting: progress");
    }

    @Test
    void confirmingEarlierMinutesGivesTheirDateCorrectionsAndSignature() {
        assertThat(DecisionLine.of(decision("org.minutebook.events.minutes.PreviousMinutesConfirmed", "e7")))
                .isEqualTo("2021-11-02  leics-cfosc-2021-11-02  item-30  MINUTES of 2021-09-07 CONFIRMED with "
                        + "corrections: Minute 22: Mrs. Page was present, not absent, signed by Mrs. H. J. Fryer CC");
    }

    @Test
    void minutesConfirmedLaterAreAboutNoAgendaItem() {
        assertThat(DecisionLine.of(decision("org.minutebook.events.minutes.MinutesConfirmed", "e8")))
                .isEqualTo("2021-11-02  leics-cfosc-2021-09-07  -  MINUTES CONFIRMED at leics-cfosc-2021-11-02");
    }

    @Test
    void fieldsAddedLaterAreIgnored() {
        DecisionEvent event = decision("org.minutebook.events.business.ItemDeferred", "e9");
        DecisionEvent withMore = new DecisionEvent(event.id(), event.type(), event.time(), event.meetingId(), "1",
                event.data().replace("{", "{\"deferredTo\":\"2022-01-18\","));

        assertThat(DecisionLine.of(withMore)).isEqualTo(DecisionLine.of(event));
    }

    @Test
    void aSchemaVersionThisExampleDoesNotKnowIsReportedNotGuessedAt() {
        DecisionEvent event = decision("org.minutebook.events.business.ItemDeferred", "e10");
        DecisionEvent version2 = new DecisionEvent(event.id(), event.type(), event.time(), event.meetingId(), "2",
                event.data());

        assertThat(DecisionLine.of(version2)).isEqualTo("2021-11-02  leics-cfosc-2021-11-02  item-39  "
                + "org.minutebook.events.business.ItemDeferred at schema version 2, which this example does not read");
    }

    @Test
    void aTypeOfDecisionAddedLaterIsShownNotFailedOn() {
        DecisionEvent event = decision("org.minutebook.events.business.ItemDeferred", "e11");
        DecisionEvent unknown = new DecisionEvent(event.id(), "org.minutebook.events.business.ItemReferredBack",
                event.time(), event.meetingId(), "1", event.data());

        assertThat(DecisionLine.of(unknown)).endsWith(
                "item-39  a decision of a type this example does not know: org.minutebook.events.business.ItemReferredBack");
    }

    @Test
    void aResolutionUnderItsPublicNameAtVersion2ReadsAsUnderContract1() {
        DecisionEvent contract1 = decision("org.minutebook.events.resolutions.ResolutionPassed", "e12");
        DecisionEvent contract2 = new DecisionEvent("e12", "minutebook.ResolutionPassed", contract1.time(),
                contract1.meetingId(), "2", contract1.data());

        assertThat(DecisionLine.of(contract2)).isEqualTo(DecisionLine.of(contract1));
    }

    @Test
    void aCorrectionOfADecisionSaysHowTheDecisionNowReadsAndWhy() {
        DecisionEvent corrected = decision("minutebook.FactCorrected", "e13");
        DecisionEvent atVersion2 = new DecisionEvent(corrected.id(), corrected.type(), corrected.time(),
                corrected.meetingId(), "2", corrected.data());

        assertThat(DecisionLine.of(atVersion2)).isEqualTo("2021-11-02  leics-cfosc-2021-11-02  -  CORRECTED: the"
                + " decision recorded as event 44 now reads a) That the report be noted.: Parts b) and c) were minuted"
                + " under item 38");
    }
}
