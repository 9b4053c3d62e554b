package org.minutebook.query.minutes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.Person;
import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.ActionCompleted;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.EarlierAbsenceApologised;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;
import org.minutebook.events.business.ChairsAnnouncementMade;
import org.minutebook.events.business.FutureMeetingDate;
import org.minutebook.events.business.FutureMeetingDatesNoted;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.ItemNoted;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.business.NoMattersArising;
import org.minutebook.events.business.NoPetitionsReceived;
import org.minutebook.events.business.NoQuestionsReceived;
import org.minutebook.events.business.NoRepresentationsReceived;
import org.minutebook.events.business.NoUrgentItems;
import org.minutebook.events.business.PetitionReceived;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.business.ReportConsidered;
import org.minutebook.events.business.ReportForm;
import org.minutebook.events.business.RepresentationKind;
import org.minutebook.events.business.RepresentationReceived;
import org.minutebook.events.business.UrgentItemTaken;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.declarations.NoInterestsDeclared;
import org.minutebook.events.declarations.NoPartyWhipDeclared;
import org.minutebook.events.declarations.PartyWhipDeclared;
import org.minutebook.events.meetings.MeetingRole;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.minutes.EarlierMinutesCorrectionNoted;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesSigned;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.MeetingStory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.BENTLEY;
import static org.minutebook.query.record.MeetingStory.FRYER;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.WELSH;
import static org.minutebook.query.record.MeetingStory.closed;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.resolved;
import static org.minutebook.query.record.MeetingStory.scheduled;

/**
 * Every kind of fact the record holds is printed in the minutes, in words of its own: one meeting of the Children
 * and Families Overview and Scrutiny Committee recorded with each kind in turn, the printed page read for it. The
 * templates dispatch on the kind ({@code minutes-item.html}), which no compiler checks: a kind added to the record,
 * or a case taken out of the template, fails here by name.
 */
class EveryFactPrintedTest {

    private static final SpringTemplateEngine TEMPLATES = new SpringTemplateEngine();
    private static final String ITEM = "item-26";
    private static final Person MOORE = new Person(null, "Jane Moore");

    /** What the minutes print for each kind: the events that record it, and words of it the page must show. */
    private static final Map<FactKind, Sample> PRINTED = new EnumMap<>(FactKind.class);

    /** Kinds the minutes do not print, and why. */
    private static final Map<FactKind, String> NOT_PRINTED = Map.of(FactKind.ACTION_COMPLETED,
            "an action is done after the meeting: the actions register says so, the minutes of the meeting do not");

    private record Sample(List<MeetingEvent> events, String printed) {
    }

    static {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        TEMPLATES.setTemplateResolver(resolver);

        printed(FactKind.PRESENT, "Mr. G. Welsh CC", new MemberAttended(MEETING, WELSH));
        printed(FactKind.APOLOGIES, "Mr. I. E. G. Bentley CC", new ApologyRecorded(MEETING, BENTLEY, null));
        printed(FactKind.SUBSTITUTE, "Mr. G. Welsh CC substituted for Mr. I. E. G. Bentley CC",
                new ApologyRecorded(MEETING, BENTLEY, null), new SubstituteRecorded(MEETING, WELSH, BENTLEY));
        printed(FactKind.OFFICER, "Jane Moore (Director of Children and Family Services)",
                new OfficerAttended(MEETING, MOORE, "Director of Children and Family Services"));
        printed(FactKind.OTHER, "Jane Moore (Deputy City Mayor)", new GuestAttended(MEETING, MOORE,
                "Deputy City Mayor"));
        printed(FactKind.LATE_ARRIVAL, "Mr. G. Welsh CC arrived during the consideration of this item.",
                new MemberAttended(MEETING, WELSH), new MemberArrivedLate(MEETING, WELSH, ITEM));
        printed(FactKind.EARLY_DEPARTURE, "Mr. G. Welsh CC left the meeting during the consideration of this item.",
                new MemberAttended(MEETING, WELSH), new MemberLeftEarly(MEETING, WELSH, ITEM));
        printed(FactKind.EARLIER_ABSENCE, "Mr. I. E. G. Bentley CC apologised for the meeting of 19 January 2021",
                new EarlierAbsenceApologised(MEETING, BENTLEY, "for the meeting of 19 January 2021"));
        printed(FactKind.INTEREST, "Mr. G. Welsh CC declared a non-registerable interest as a school governor",
                new InterestDeclared(MEETING, "interest-welsh", WELSH, ITEM,
                        "a non-registerable interest as a school governor", InterestCategory.NON_REGISTRABLE, false,
                        false, null));
        printed(FactKind.NO_INTERESTS, "No declarations were made.", new NoInterestsDeclared(MEETING, ITEM));
        printed(FactKind.PARTY_WHIP, "Mr. G. Welsh CC declared the party whip: the Conservative group whip",
                new PartyWhipDeclared(MEETING, "whip-welsh", WELSH, ITEM, "the Conservative group whip"));
        printed(FactKind.NO_PARTY_WHIP, "There were no declarations of the party whip.",
                new NoPartyWhipDeclared(MEETING, ITEM));
        printed(FactKind.REPORT, "The Committee considered a report of the Director of Children and Family Services",
                new ReportConsidered(MEETING, ITEM, ReportForm.REPORT, "Adoption Service Annual Report",
                        "The Director of Children and Family Services", List.of(), null));
        printed(FactKind.MINUTE, "The Director gave an update on the service.", new ItemMinuted(MEETING, ITEM,
                MeetingStory.minute("The Director gave an update on the service."), false));
        printed(FactKind.NOTED, "The update was noted.", new ItemNoted(MEETING, ITEM, "The update was noted."));
        printed(FactKind.NO_MATTERS_ARISING, "There were no matters arising.",
                new NoMattersArising(MEETING, ITEM, null));
        printed(FactKind.REPRESENTATION, "A statement of case from Jane Moore was received.",
                new RepresentationReceived(MEETING, ITEM, "rep-1", RepresentationKind.STATEMENT_OF_CASE, MOORE,
                        null, false));
        printed(FactKind.NO_REPRESENTATIONS, "No representations or statements of case had been received.",
                new NoRepresentationsReceived(MEETING, ITEM, null));
        printed(FactKind.URGENT_ITEM, "Taken as urgent business: the deadline falls before the next meeting",
                new UrgentItemTaken(MEETING, ITEM, "the deadline falls before the next meeting"));
        printed(FactKind.NO_URGENT_ITEMS, "There were no urgent items.", new NoUrgentItems(MEETING, ITEM, null));
        printed(FactKind.EARLIER_MINUTES_CORRECTION, "Cllr Gregg was noted in error as Vice-Chair.",
                new EarlierMinutesCorrectionNoted(MEETING, ITEM, null, LocalDate.of(2020, 9, 1),
                        "Cllr Gregg was noted in error as Vice-Chair."));
        printed(FactKind.ANNOUNCEMENT, "The Chair welcomed the new Director.",
                new ChairsAnnouncementMade(MEETING, ITEM, "The Chair welcomed the new Director."));
        printed(FactKind.PETITION, "was presented by Jane Moore with 1200 signatures.",
                new PetitionReceived(MEETING, ITEM, "petition-1", "Save the Youth Centre", MOORE, 1200, null));
        printed(FactKind.NO_PETITIONS, "No petitions had been received.",
                new NoPetitionsReceived(MEETING, ITEM, null));
        printed(FactKind.NO_QUESTIONS, "No questions had been received.",
                new NoQuestionsReceived(MEETING, ITEM, QuestionKind.PUBLIC, null));
        printed(FactKind.FUTURE_MEETING_DATES, "11 January 2021 at 2.00pm", new FutureMeetingDatesNoted(MEETING,
                ITEM, List.of(new FutureMeetingDate(LocalDate.of(2021, 1, 11), LocalTime.of(14, 0)))));
        printed(FactKind.PREVIOUS_MINUTES, "The minutes of the meeting held on 1 September 2020 were confirmed",
                new PreviousMinutesConfirmed(MEETING, ITEM, "leics-cfosc-2020-09-01", LocalDate.of(2020, 9, 1),
                        List.of(), false, false, null, null, null));
        printed(FactKind.DEFERRAL, "This item was deferred.", new ItemDeferred(MEETING, ITEM, null));
        printed(FactKind.WITHDRAWAL, "This item was withdrawn.", new ItemWithdrawn(MEETING, ITEM, null));
        printed(FactKind.RESOLUTION, "That the report be noted.", resolved("26", "That the report be noted."));
        printed(FactKind.LOST_MOTION, "The following motion was put to the vote and LOST:", new MotionLost(MEETING,
                ITEM, "res-lost", ResolutionForm.RESOLVED, null, List.of(new ResolutionPart(null,
                "That the scheme be withdrawn.")), null, null, null));
        printed(FactKind.QUESTION, "Jane Moore asked the following question", new QuestionAsked(MEETING, ITEM, "q-1",
                QuestionKind.PUBLIC, MOORE, null, "When will the youth centre reopen?", null, false));
        printed(FactKind.FURTHER_REPORT, "A report on the Neurodevelopmental Pathway (the Committee)",
                new FurtherReportRequested(MEETING, ITEM, "action-1", null,
                        "A report on the Neurodevelopmental Pathway", "the Committee", null));
        printed(FactKind.REFERRAL, "The waiting times (the Cabinet)", new ReferralMade(MEETING, ITEM, "action-2",
                null, "the Cabinet", "The waiting times"));
        printed(FactKind.ACTION, "Circulate the figures (the Director)", new ActionAgreed(MEETING, ITEM, "action-3",
                null, "Circulate the figures", "the Director", null));
        printed(FactKind.ROLE, "Vice-Chair: Mr. G. Welsh CC",
                new MeetingRoleTaken(MEETING, MeetingRole.VICE_CHAIR, WELSH, null));
        printed(FactKind.MINUTES_CONFIRMED, "Mrs. H. J. Fryer CC", new MinutesConfirmed(MEETING,
                "leics-cfosc-2021-01-19", FRYER), new MinutesSigned(MEETING, FRYER, "leics-cfosc-2021-01-19"));
    }

    private static void printed(FactKind kind, String words, MeetingEvent... events) {
        PRINTED.put(kind, new Sample(List.of(events), words));
    }

    @Test
    void everyKindOfFactIsSaidToBePrintedOrNot() {
        for (FactKind kind : FactKind.values()) {
            assertThat(PRINTED.containsKey(kind) || NOT_PRINTED.containsKey(kind))
                    .as("how the minutes print a fact of kind " + kind + " (a sample here, or why they do not)")
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FactKind.class)
    void theMinutesPrintEachKindOfFactInItsOwnWords(FactKind kind) {
        Sample sample = PRINTED.get(kind);
        if (sample == null) {
            return; // said not to be printed, and why
        }
        MeetingStory meeting = ofAMeeting().then(scheduled(), item("26", 1), opened());
        sample.events().forEach(meeting::then);
        meeting.then(closed());

        assertThat(page(meeting)).as("the minutes print a fact of kind " + kind).contains(sample.printed());
    }

    @Test
    void anActionCompletedIsNotInTheMinutesOfTheMeeting() {
        MeetingStory meeting = ofAMeeting().then(scheduled(), item("26", 1), opened(), new ActionAgreed(MEETING, ITEM,
                "action-3", null, "Circulate the figures", "the Director", null), closed(),
                new ActionCompleted(MEETING, "action-3", LocalDate.of(2020, 12, 1), "Circulated on 1 December"));

        assertThat(page(meeting)).contains("Circulate the figures").doesNotContain("Circulated on 1 December");
    }

    private static String page(MeetingStory story) {
        Context context = new Context();
        context.setVariable("m", new PrintableMinutes(story.record()));
        return TEMPLATES.process("minutes", context);
    }
}
