package org.minutebook.command.business;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
import org.minutebook.events.business.ChairsAnnouncementMade;
import org.minutebook.events.business.FutureMeetingDate;
import org.minutebook.events.business.FutureMeetingDatesNoted;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.NoPetitionsReceived;
import org.minutebook.events.business.PetitionReceived;
import org.minutebook.events.business.ReportConsidered;
import org.minutebook.events.business.ReportForm;
import org.minutebook.events.business.MinuteBlock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import static org.minutebook.command.meetings.TheMinutes.CFOSC_18_NOV_2020;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_2_NOV_2021;
import static org.minutebook.command.meetings.TheMinutes.CYPE_EARLY_2025;

/**
 * The business of the items of Leicestershire's committee of 2 November 2021: no petitions (item 34), the reports
 * considered, the minute text, the dates of future meetings (item 42); and a Chair's announcement in Leicester.
 */
class ItemBusinessRulesTest {

    private static final MeetingStory MEETING = CFOSC_2_NOV_2021;
    private static final String NO_PETITIONS =
            "The Chief Executive reported that no petitions had been received under Standing Order 36.";
    private static final String HUB_STILL_OPERATIONAL = "Assurance was given that, despite the Office of the Police "
            + "and Crime Commissioner withdrawing funding, the Hub at Wigston Police Station was still operational.";
    private static final Person STILL_SEND_16 = new Person(null, "STILL SEND 16+");

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    // --- what each command records

    @Test
    @DisplayName("The Chair reminds members that the task group on the High Needs Block begins on 3rd March")
    void makeChairsAnnouncement() {
        String text = "The Chair reminded members that the task group on the High Needs Block would begin on 3rd "
                + "March and encouraged members to participate.";
        fixture.given(CYPE_EARLY_2025.inSession())
                .when(new MakeChairsAnnouncement(CYPE_EARLY_2025.id(), CYPE_EARLY_2025.item("announcements"), text,
                        null))
                .expectEvents(new ChairsAnnouncementMade(CYPE_EARLY_2025.id(), CYPE_EARLY_2025.item("announcements"),
                        text));
    }

    @Test
    @DisplayName("Had STILL SEND 16+ presented a petition under Standing Order 36, it is received at item 34")
    void receivePetition() {
        fixture.given(MEETING.inSession())
                .when(petitionOnSendTransport())
                .expectEvents(sendTransportPetitionReceived());
    }

    @Test
    @DisplayName("Item 34: no petitions had been received under Standing Order 36")
    void recordNoPetitions() {
        fixture.given(MEETING.inSession())
                .when(new RecordNoPetitions(MEETING.id(), MEETING.item("34"), NO_PETITIONS, null))
                .expectEvents(noPetitions());
    }

    @Test
    @DisplayName("Item 39: the Committee considered a report of the Director, marked 'Agenda Item 12'")
    void recordReportConsidered() {
        String director = "Director of Children and Family Services";
        fixture.given(MEETING.inSession())
                .when(new RecordReportConsidered(MEETING.id(), MEETING.item("39"), null,
                        "Leicestershire Fostering Agency Statutory Report", director, null, "Agenda Item 12", null))
                .expectEvents(new ReportConsidered(MEETING.id(), MEETING.item("39"), ReportForm.REPORT,
                        "Leicestershire Fostering Agency Statutory Report", director, List.of(), "Agenda Item 12"));
    }

    @Test
    @DisplayName("Item 41 is minuted: the Hub at Wigston Police Station was still operational")
    void minuteItem() {
        fixture.given(MEETING.inSession())
                .when(new MinuteItem(MEETING.id(), MEETING.item("41"), List.of(MinuteBlock.paragraph(HUB_STILL_OPERATIONAL)), false,
                        null))
                .expectEvents(item41Minuted());
    }

    @Test
    @DisplayName("Item 42: future meetings at 2.00pm on 25 January, 8 March, 7 June, 6 September, 8 November 2022")
    void noteFutureMeetingDates() {
        List<FutureMeetingDate> dates = Stream.of(LocalDate.of(2022, 1, 25), LocalDate.of(2022, 3, 8),
                LocalDate.of(2022, 6, 7), LocalDate.of(2022, 9, 6), LocalDate.of(2022, 11, 8))
                .map(day -> new FutureMeetingDate(day, LocalTime.of(14, 0))).toList();
        fixture.given(MEETING.inSession())
                .when(new NoteFutureMeetingDates(MEETING.id(), MEETING.item("42"), dates, null))
                .expectEvents(new FutureMeetingDatesNoted(MEETING.id(), MEETING.item("42"), dates));
    }

    // --- the rules

    @Test
    @DisplayName("petitions-contradict: after \"no petitions had been received\" no petition is received")
    void petitionsContradict_petitionAfterNoPetitions() {
        fixture.given(MEETING.inSession())
                .andGiven(noPetitions())
                .when(petitionOnSendTransport())
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("petitions-contradict"));
    }

    @Test
    @DisplayName("petitions-contradict: once a petition is received, \"no petitions\" is not recorded")
    void petitionsContradict_noPetitionsAfterAPetition() {
        fixture.given(MEETING.inSession())
                .andGiven(sendTransportPetitionReceived())
                .when(new RecordNoPetitions(MEETING.id(), MEETING.item("34"), NO_PETITIONS, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("petitions-contradict"));
    }

    @Test
    @DisplayName("petition-already-recorded: the petition of STILL SEND 16+ is received once")
    void petitionAlreadyRecorded() {
        fixture.given(MEETING.inSession())
                .andGiven(sendTransportPetitionReceived())
                .when(petitionOnSendTransport())
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("petition-already-recorded").at("petitionId"));
    }

    @Test
    @DisplayName("item-already-minuted: item 41's minute is written once, then corrected if need be")
    void itemAlreadyMinuted() {
        fixture.given(MEETING.inSession())
                .andGiven(item41Minuted())
                .when(new MinuteItem(MEETING.id(), MEETING.item("41"),
                        List.of(MinuteBlock.paragraph("RESOLVED: That the report be noted.")), false, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("item-already-minuted").at("itemId"))
                .expectExceptionMessage("Item cfosc-2021-11-02-41 is already minuted; correct the minute instead");
    }

    @Test
    @DisplayName("Item 31 of 18 November 2020: the next meeting on 19 January 2021 at 2.00 pm, then 9 March 2021, its"
            + " time not given")
    void futureMeetingDatesWithoutATimeAreNotedWithoutOne() {
        List<FutureMeetingDate> dates = List.of(new FutureMeetingDate(LocalDate.of(2022, 1, 19), LocalTime.of(14, 0)),
                new FutureMeetingDate(LocalDate.of(2022, 3, 9), null));
        fixture.given(MEETING.inSession())
                .when(new NoteFutureMeetingDates(MEETING.id(), MEETING.item("42"), dates, null))
                .expectEvents(new FutureMeetingDatesNoted(MEETING.id(), MEETING.item("42"), dates));
    }

    @Test
    @DisplayName("future-date-not-after-meeting: 2 November 2021 is this meeting's own day, not a future meeting")
    void futureDateNotAfterMeeting() {
        fixture.given(MEETING.inSession())
                .when(new NoteFutureMeetingDates(MEETING.id(), MEETING.item("42"),
                        List.of(new FutureMeetingDate(MEETING.at(18, 0).toLocalDate(), LocalTime.of(18, 0)),
                                new FutureMeetingDate(LocalDate.of(2022, 1, 25), null)), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("future-date-not-after-meeting").at("dates[0]"));
    }

    @Test
    @DisplayName("unknown-agenda-item: last year's item 26 is not an item of this meeting to minute")
    void unknownAgendaItem_minuteTextForAnItemOfAnotherMeeting() {
        fixture.given(MEETING.inSession())
                .when(new MinuteItem(MEETING.id(), CFOSC_18_NOV_2020.item("26"),
                        List.of(MinuteBlock.paragraph("RESOLVED: That the update be noted.")), false, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("unknown-agenda-item").at("itemId"));
    }

    private static ReceivePetition petitionOnSendTransport() {
        return new ReceivePetition(MEETING.id(), MEETING.item("34"), "still-send-16", "Post-16 SEND transport",
                STILL_SEND_16, null, null, null);
    }

    private static PetitionReceived sendTransportPetitionReceived() {
        return new PetitionReceived(MEETING.id(), MEETING.item("34"), "still-send-16", "Post-16 SEND transport",
                STILL_SEND_16, null, null);
    }

    private static NoPetitionsReceived noPetitions() {
        return new NoPetitionsReceived(MEETING.id(), MEETING.item("34"), NO_PETITIONS);
    }

    private static ItemMinuted item41Minuted() {
        return new ItemMinuted(MEETING.id(), MEETING.item("41"), List.of(MinuteBlock.paragraph(HUB_STILL_OPERATIONAL)),
                false);
    }
}
