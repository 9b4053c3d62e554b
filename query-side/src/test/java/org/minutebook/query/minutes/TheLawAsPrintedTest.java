package org.minutebook.query.minutes;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.AttendanceMode;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.SubstituteRecorded;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingRole;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.AmendmentOutcome;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.QuorumCount;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.events.resolutions.VoteMethod;
import org.minutebook.query.record.MeetingStory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.BENTLEY;
import static org.minutebook.query.record.MeetingStory.FRYER;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.WELSH;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.scheduled;

/**
 * The law at each item as the printed (and public) minutes tell it, in the words real council minutes use: a debate
 * with two amendments, who was in the Chair from which item, how members attended, a decision taken without a
 * quorum, the statutory record of a decision, a meeting that sat past midnight and its signature block.
 */
class TheLawAsPrintedTest {

    private static final SpringTemplateEngine TEMPLATES = new SpringTemplateEngine();
    private static final Person KAUFMAN = new Person("kaufman", "Mr. J. Kaufman CC");
    private static final Person SHEAHAN = new Person("sheahan", "Mr. S. D. Sheahan CC");
    private static final Person FELTHAM = new Person("feltham", "Dr. R. K. A. Feltham CC");
    private static final Person WRIGHT = new Person("wright", "Mrs. M. Wright CC");

    static {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        TEMPLATES.setTemplateResolver(resolver);
    }

    @Test
    @DisplayName("Item 26: moved and seconded, an amendment lost on a show of hands and a recorded vote, one accepted, the motion as amended carried")
    void aDebateWithTwoAmendmentsIsPrintedAsTheMinutesWouldPrintIt() {
        Vote recorded = new Vote(null, null, null, List.of(new MemberVote(SHEAHAN, Ballot.FOR),
                new MemberVote(WELSH, Ballot.FOR), new MemberVote(FRYER, Ballot.AGAINST),
                new MemberVote(BENTLEY, Ballot.AGAINST), new MemberVote(KAUFMAN, Ballot.AGAINST),
                new MemberVote(FELTHAM, Ballot.ABSTAIN), new MemberVote(WRIGHT, Ballot.DID_NOT_VOTE)), null,
                VoteMethod.RECORDED);
        String page = text(page(ofAMeeting().then(scheduled(), item("26", 1), opened(),
                new ResolutionPassed(MEETING, "item-26", "res-26", ResolutionForm.RESOLVED, null, List.of(
                        new ResolutionPart("a)", "That the report be noted;"),
                        new ResolutionPart("b)", "That the timescales be presented to a future meeting;"),
                        new ResolutionPart("c)", "That an update be provided when data on delays is available.")),
                        KAUFMAN, BENTLEY, new Vote(6, 1, 1, null, null, VoteMethod.SHOW_OF_HANDS), List.of(), List.of(
                        new Amendment("1", "That in (b) the words 'by March 2022' be added after 'presented'",
                                SHEAHAN, WELSH, AmendmentOutcome.LOST, recorded,
                                List.of(new Vote(null, null, null, null, null, VoteMethod.SHOW_OF_HANDS))),
                        new Amendment("2", "That a part (c) be added", FELTHAM, null, AmendmentOutcome.ACCEPTED,
                                null, List.of())), null, null))));

        assertThat(page).containsSubsequence(
                "It was moved by Mr. J. Kaufman CC and seconded by Mr. I. E. G. Bentley CC.",
                "Amendment 1",
                "An amendment was moved by Mr. S. D. Sheahan CC and seconded by Mr. G. Welsh CC:",
                "That in (b) the words 'by March 2022' be added after 'presented'",
                "On a show of hands.",
                "The amendment was put to the vote and LOST.",
                "A recorded vote was taken.",
                "For: Mr. S. D. Sheahan CC, Mr. G. Welsh CC.",
                "Against: Mrs. H. J. Fryer CC, Mr. I. E. G. Bentley CC, Mr. J. Kaufman CC.",
                "Abstaining: Dr. R. K. A. Feltham CC.",
                "Did not vote: Mrs. M. Wright CC.",
                "Amendment 2",
                "An amendment was moved by Dr. R. K. A. Feltham CC:",
                "The mover of the motion accepted the amendment, which became part of the substantive motion.",
                "The substantive motion, as amended, was put to the vote and CARRIED.",
                "RESOLVED:",
                "a)", "That the report be noted;",
                "b)", "That the timescales be presented to a future meeting;",
                "c)", "That an update be provided when data on delays is available.",
                "On a show of hands: 6 for, 1 against, 1 abstaining.")
                .doesNotContain("null");
    }

    @Test
    @DisplayName("Mr Kaufman took the chair from item 27, recorded before item 26's business: the minutes say so at item 27")
    void whoTookTheChairIsPrintedAtTheItemFromWhichTheyPresided() {
        String page = text(page(ofAMeeting().then(scheduled(), item("26", 1), item("27", 2), item("28", 3), opened(),
                new MeetingRoleTaken(MEETING, MeetingRole.CHAIR, KAUFMAN, "item-27"),
                MeetingStory.resolved("26", "That the report be noted."))));

        assertThat(page).containsSubsequence("26.", "That the report be noted.", "27.",
                "Mr. J. Kaufman CC in the Chair.", "28.");
        assertThat(page.indexOf("in the Chair.")).isEqualTo(page.lastIndexOf("in the Chair."));
    }

    @Test
    @DisplayName("Dr Feltham attended remotely, Cllr Cole was in attendance without being a member, a substitute joined by video")
    void howMembersAttendedIsPrinted() {
        PrintableMinutes minutes = new PrintableMinutes(ofAMeeting().then(scheduled(), opened(),
                new MemberAttended(MEETING, FRYER),
                new MemberAttended(MEETING, FELTHAM, AttendanceMode.REMOTE),
                new MemberAttended(MEETING, new Person(null, "Councillor Cole", "Cabinet Lead Member"),
                        AttendanceMode.IN_ATTENDANCE),
                new SubstituteRecorded(MEETING, WRIGHT, BENTLEY, AttendanceMode.REMOTE)).record());

        assertThat(minutes.present()).containsExactly("Mrs. H. J. Fryer CC (in the Chair)",
                "Dr. R. K. A. Feltham CC (attending remotely)");
        assertThat(minutes.substitutes()).containsExactly(
                "Mrs. M. Wright CC substituted for Mr. I. E. G. Bentley CC (attending remotely)");
        assertThat(minutes.inAttendance()).containsExactly(
                "Councillor Cole (Cabinet Lead Member) (not a member of the Committee)");
    }

    @Test
    @DisplayName("A motion lost with four members present of a quorum of five says it was taken without a quorum")
    void aVoteWithoutAQuorumIsSaidToBeSo() {
        String page = text(page(ofAMeeting().then(scheduled(), item("27", 1), opened(),
                new MotionLost(MEETING, "item-27", "res-27", ResolutionForm.RESOLVED, null,
                        List.of(new ResolutionPart(null, "That the scheme be withdrawn.")), null, null,
                        new Vote(1, 3, 0, null, null), List.of(), List.of(), new QuorumCount(4, 5)))));

        assertThat(page).contains("This vote was taken without a quorum: 4 members were present, where the quorum is"
                + " 5.");
    }

    @Test
    @DisplayName("A key decision subject to call-in prints its details as ModernGov's decision details do")
    void theStatutoryRecordIsPrintedAsDecisionDetails() {
        String page = text(page(ofAMeeting().then(scheduled(), item("26", 1), opened(),
                new ResolutionPassed(MEETING, "item-26", "res-26", ResolutionForm.RESOLVED, null,
                        List.of(new ResolutionPart(null, "That the fostering allowances be increased.")), null, null,
                        null, List.of(), List.of(), new StatutoryRecord("Cabinet", "To keep foster carers", "To"
                        + " leave the allowances unchanged", null, null, true, true, LocalDate.of(2020, 11, 25),
                        LocalDate.of(2020, 11, 26)), null))));

        assertThat(page).containsSubsequence("Decision maker", "Cabinet", "Is key decision?", "Yes",
                "Is subject to call in?", "Yes", "Call-in deadline", "25 November 2020", "Effective from",
                "26 November 2020", "Reasons for the decision", "To keep foster carers",
                "Alternative options considered and rejected", "To leave the allowances unchanged")
                .doesNotContain("Interests and nature of interests declared");
    }

    @Test
    @DisplayName("\"The meeting closed at 12.20am\" the next day; the signature block names the CHAIRMAN, as the page does")
    void aMeetingThatSatPastMidnightAndItsSignatureBlock() {
        PrintableMinutes minutes = new PrintableMinutes(ofAMeeting().then(scheduled(), opened(),
                new MeetingClosed(MEETING, LocalTime.of(0, 20), LocalDate.of(2020, 11, 19), "Mayor")).record());

        assertThat(minutes.closingLine()).isEqualTo("The meeting closed at 12.20am on Thursday, 19 November 2020.");
        assertThat(minutes.sittingTimes()).as("the close said once, by the closing line that can name its day")
                .isEqualTo("9.30am");
        assertThat(minutes.signatureRole()).isEqualTo("Mayor");
        assertThat(new PrintableMinutes(ofAMeeting().then(scheduled(), opened(), MeetingStory.closed()).record())
                .signatureRole()).as("no signature block stated: as minutebook always printed").isEqualTo("CHAIRMAN");
    }

    private static String page(MeetingStory story) {
        Context context = new Context();
        context.setVariable("m", new PrintableMinutes(story.record()));
        return TEMPLATES.process("minutes", context);
    }

    /** The page's words, tags and runs of space taken out, each element's text on a line of its own. */
    private static String text(String html) {
        Matcher tags = Pattern.compile("<[^>]+>").matcher(html);
        return tags.replaceAll("\n").replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
