package org.minutebook.query.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import org.minutebook.events.Person;
import org.minutebook.events.business.MinuteBlock;
import org.minutebook.events.business.ReportForm;
import org.minutebook.events.business.RepresentationKind;
import org.minutebook.events.meetings.MeetingRole;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.Vote;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One fact of the record, as the event that recorded it says it, corrections applied. Every fact keeps the
 * sequence number of that event and whether a correction changed it. Its kind ({@link FactKind}) is written as
 * {@code "fact"} in JSON, the one name of the kind everywhere. To add a kind: a record here, a constant in
 * {@link FactKind}, a branch in a folding, a mapping in the registers that list it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, include = JsonTypeInfo.As.PROPERTY, property = "fact")
@JsonTypeIdResolver(FactKindIds.class)
public sealed interface Fact {

    long sequenceNumber();

    boolean corrected();

    @JsonIgnore
    default FactKind factKind() {
        return FactKind.of(getClass());
    }

    // --- attendance ----------------------------------------------------------------------------------------------

    /** Who was at the meeting, and in what capacity, or who sent apologies; and late arrivals, early departures. */
    sealed interface Attendance extends Fact {
    }

    /** A person named in the attendance, in one capacity. */
    sealed interface Attendee extends Attendance {

        @JsonIgnore
        Person person();
    }

    record Present(long sequenceNumber, boolean corrected, Person member) implements Attendee {
        public Person person() {
            return member;
        }
    }

    record Apologies(long sequenceNumber, boolean corrected, Person member, String reason) implements Attendee {
        public Person person() {
            return member;
        }
    }

    /** A substitute, and the member they stood in for when the page names them (null when it does not). */
    record Substitute(long sequenceNumber, boolean corrected, Person substitute, Person forMember)
            implements Attendee {
        public Person person() {
            return substitute;
        }
    }

    record Officer(long sequenceNumber, boolean corrected, Person officer, String role) implements Attendee {
        public Person person() {
            return officer;
        }
    }

    record Guest(long sequenceNumber, boolean corrected, Person guest, String capacity) implements Attendee {
        public Person person() {
            return guest;
        }
    }

    /** An apology, at this meeting, for absences from earlier ones: it says nothing of this meeting's attendance. */
    record EarlierAbsence(long sequenceNumber, boolean corrected, Person member, String absences)
            implements Attendance {
    }

    /** A member arriving after the start, or leaving before the close, during an item. */
    sealed interface Movement extends Attendance {

        Person member();

        String itemId();
    }

    record LateArrival(long sequenceNumber, boolean corrected, Person member, String itemId) implements Movement {
    }

    record EarlyDeparture(long sequenceNumber, boolean corrected, Person member, String itemId)
            implements Movement {
    }

    // --- declarations --------------------------------------------------------------------------------------------

    /** Interests and party whips declared, or the record that none were. */
    sealed interface Declaration extends Fact {
    }

    record Interest(long sequenceNumber, boolean corrected, String declarationId, Person member, String words,
                    InterestCategory category, boolean leftRoom, boolean tookNoPartInVote, String dispensation)
            implements Declaration {
    }

    record NoInterests(long sequenceNumber, boolean corrected) implements Declaration {
    }

    record PartyWhip(long sequenceNumber, boolean corrected, String declarationId, Person member, String words)
            implements Declaration {
    }

    record NoPartyWhip(long sequenceNumber, boolean corrected) implements Declaration {
    }

    // --- the business of an item ---------------------------------------------------------------------------------

    /** A report, briefing note, presentation or verbal update before the meeting. */
    record Report(long sequenceNumber, boolean corrected, ReportForm form, String title, String submittedBy,
                  List<Person> presentedBy, String reference) implements Fact {
    }

    /** The minute as the page shows it: paragraphs, sub-headings and bulleted lists in order; cut off at the source. */
    record Minute(long sequenceNumber, boolean corrected, List<MinuteBlock> blocks, boolean cutOff) implements Fact {
    }

    /** The item's outcome: noted, with no formal resolution ("The update was noted."). */
    record Noted(long sequenceNumber, boolean corrected, String text) implements Fact {
    }

    /** "There were no matters arising." */
    record NoMattersArising(long sequenceNumber, boolean corrected, String text) implements Fact {
    }

    /** A representation, statement of case or statement received; its words, when the page gives them. */
    record Representation(long sequenceNumber, boolean corrected, String representationId, RepresentationKind kind,
                          Person from, String text, boolean takenAsRead) implements Fact {
    }

    /** "No representations or statements of case had been received." */
    record NoRepresentations(long sequenceNumber, boolean corrected, String text) implements Fact {
    }

    /** The item was taken as urgent business. */
    record UrgentItem(long sequenceNumber, boolean corrected, String reason) implements Fact {
    }

    /** "There were no urgent items for consideration." */
    record NoUrgentItems(long sequenceNumber, boolean corrected, String text) implements Fact {
    }

    /** An error noted in the minutes of an earlier meeting, which this record may not hold. */
    record EarlierMinutesCorrection(long sequenceNumber, boolean corrected, String correctedMeetingId,
                                    LocalDate correctedMeetingDate, String text) implements Fact {
    }

    record Announcement(long sequenceNumber, boolean corrected, String text) implements Fact {
    }

    record Petition(long sequenceNumber, boolean corrected, String petitionId, String title, Person presentedBy,
                    Integer signatures, String text) implements Fact {
    }

    record NoPetitions(long sequenceNumber, boolean corrected, String text) implements Fact {
    }

    record NoQuestions(long sequenceNumber, boolean corrected, QuestionKind kind, String text) implements Fact {
    }

    record FutureMeetingDates(long sequenceNumber, boolean corrected, List<LocalDateTime> dates) implements Fact {
    }

    record PreviousMinutes(long sequenceNumber, boolean corrected, String confirmedMeetingId,
                           LocalDate confirmedMeetingDate, List<String> correctionsNoted, boolean takenAsRead,
                           boolean signed, Person signedBy) implements Fact {
    }

    /** "This item was deferred." */
    record Deferral(long sequenceNumber, boolean corrected, String reason) implements Fact {
    }

    /** The item was withdrawn from the agenda. */
    record Withdrawal(long sequenceNumber, boolean corrected, String reason) implements Fact {
    }

    /** A motion put: carried (a resolution, "RESOLVED:") or lost on the vote. */
    record Motion(long sequenceNumber, boolean corrected, boolean carried, String resolutionId, ResolutionForm form,
                  String preamble, List<ResolutionPart> parts, Person movedBy, Person secondedBy, Vote vote)
            implements Fact {

        @Override
        public FactKind factKind() {
            return carried ? FactKind.RESOLUTION : FactKind.LOST_MOTION;
        }
    }

    /** A question put at the meeting, with the replies recorded so far. */
    record Question(long sequenceNumber, boolean corrected, String questionId, QuestionKind kind, Person askedBy,
                    String askedOf, String text, String standingOrder, boolean atChairsDiscretion, Replies replies)
            implements Fact {

        Question replied(Replies replies) {
            return new Question(sequenceNumber, corrected, questionId, kind, askedBy, askedOf, text, standingOrder,
                    atChairsDiscretion, replies);
        }
    }

    // --- what decisions asked for, and what was done -------------------------------------------------------------

    /** Something a decision (or the minute) asked to be done after the meeting. */
    sealed interface FollowUp extends Fact {

        String actionId();

        String resolutionId();
    }

    record FurtherReport(long sequenceNumber, boolean corrected, String actionId, String resolutionId,
                         String subject, String toBody, LocalDate dueMeetingDate) implements FollowUp {
    }

    record Referral(long sequenceNumber, boolean corrected, String actionId, String resolutionId, String toBody,
                    String subject) implements FollowUp {
    }

    record AgreedAction(long sequenceNumber, boolean corrected, String actionId, String resolutionId,
                        String description, String owner, LocalDate dueBy) implements FollowUp {
    }

    /** A follow-up recorded as done, maybe long after the meeting. */
    record Completion(long sequenceNumber, boolean corrected, String actionId, LocalDate completedOn, String note)
            implements Fact {
    }

    // --- roles at the meeting -----------------------------------------------------------------------------------

    /** Who was vice-chair, or who took the chair from an item on. */
    record Role(long sequenceNumber, boolean corrected, MeetingRole role, Person person, String fromItemId)
            implements Fact {
    }

    // --- the minutes themselves ----------------------------------------------------------------------------------

    /** A later meeting confirmed these minutes; its chair may sign them. */
    record MinutesConfirmation(long sequenceNumber, boolean corrected, String atMeetingId,
                               Person chairOfConfirmingMeeting, Person signedBy) implements Fact {

        MinutesConfirmation signed(Person by) {
            return new MinutesConfirmation(sequenceNumber, corrected, atMeetingId, chairOfConfirmingMeeting, by);
        }
    }
}
