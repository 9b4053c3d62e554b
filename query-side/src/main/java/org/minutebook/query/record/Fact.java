package org.minutebook.query.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.AttendanceMode;
import org.minutebook.events.business.FutureMeetingDate;
import org.minutebook.events.business.MinuteBlock;
import org.minutebook.events.business.ReportForm;
import org.minutebook.events.business.RepresentationKind;
import org.minutebook.events.meetings.MeetingRole;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.QuorumCount;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.events.resolutions.Vote;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One fact of the record, as the event that recorded it says it, corrections applied. Every fact keeps the
 * sequence number of that event and whether a correction changed it. Its kind ({@link FactKind}) is written as
 * {@code "fact"} in JSON, the one name of the kind everywhere. Every kind answers a {@link Visitor}, so a reader
 * that must know every fact does not compile until it answers a new one; docs/adding-a-fact.md says where a new
 * kind goes, in order.
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

    /** The visitor's answer for this fact. */
    <R> R accept(Visitor<R> visitor);

    /**
     * An answer for each kind of fact, so that a reader that must know every fact (the decisions, the printed
     * minutes) does not compile until it answers a new one. Attendance, declarations and follow-ups have visitors
     * of their own, which this includes, for the readers of those alone (their registers).
     */
    interface Visitor<R> extends Attendance.Visitor<R>, Declaration.Visitor<R>, FollowUp.Visitor<R> {

        R on(Report fact);

        R on(Minute fact);

        R on(Noted fact);

        R on(NoMattersArising fact);

        R on(Representation fact);

        R on(NoRepresentations fact);

        R on(UrgentItem fact);

        R on(NoUrgentItems fact);

        R on(EarlierMinutesCorrection fact);

        R on(Announcement fact);

        R on(Petition fact);

        R on(NoPetitions fact);

        R on(NoQuestions fact);

        R on(FutureMeetingDates fact);

        R on(PreviousMinutes fact);

        R on(Deferral fact);

        R on(Withdrawal fact);

        R on(Motion fact);

        R on(Question fact);

        R on(Completion fact);

        R on(Role fact);

        R on(MinutesConfirmation fact);
    }

    // --- attendance ----------------------------------------------------------------------------------------------

    /** Who was at the meeting, and in what capacity, or who sent apologies; and late arrivals, early departures. */
    sealed interface Attendance extends Fact {

        <R> R accept(Attendance.Visitor<R> visitor);

        @Override
        default <R> R accept(Fact.Visitor<R> visitor) {
            return accept((Attendance.Visitor<R>) visitor);
        }

        /** An answer for each fact of attendance. */
        interface Visitor<R> {

            R on(Present fact);

            R on(Apologies fact);

            R on(Substitute fact);

            R on(Officer fact);

            R on(Guest fact);

            R on(EarlierAbsence fact);

            R on(LateArrival fact);

            R on(EarlyDeparture fact);
        }
    }

    /** A person named in the attendance, in one capacity. */
    sealed interface Attendee extends Attendance {

        @JsonIgnore
        Person person();
    }

    /** A member present, in person or remotely, or a councillor in attendance without being a member. */
    record Present(long sequenceNumber, boolean corrected, Person member, AttendanceMode mode) implements Attendee {

        public Present {
            mode = mode == null ? AttendanceMode.IN_PERSON : mode;
        }

        @Override
        public <R> R accept(Attendance.Visitor<R> visitor) {
            return visitor.on(this);
        }

        public Person person() {
            return member;
        }
    }

    record Apologies(long sequenceNumber, boolean corrected, Person member, String reason) implements Attendee {
        @Override
        public <R> R accept(Attendance.Visitor<R> visitor) {
            return visitor.on(this);
        }

        public Person person() {
            return member;
        }
    }

    /** A substitute, and the member they stood in for when the page names them (null when it does not). */
    record Substitute(long sequenceNumber, boolean corrected, Person substitute, Person forMember,
                      AttendanceMode mode) implements Attendee {

        public Substitute {
            mode = mode == null ? AttendanceMode.IN_PERSON : mode;
        }

        @Override
        public <R> R accept(Attendance.Visitor<R> visitor) {
            return visitor.on(this);
        }

        public Person person() {
            return substitute;
        }
    }

    record Officer(long sequenceNumber, boolean corrected, Person officer, String role) implements Attendee {
        @Override
        public <R> R accept(Attendance.Visitor<R> visitor) {
            return visitor.on(this);
        }

        public Person person() {
            return officer;
        }
    }

    record Guest(long sequenceNumber, boolean corrected, Person guest, String capacity) implements Attendee {
        @Override
        public <R> R accept(Attendance.Visitor<R> visitor) {
            return visitor.on(this);
        }

        public Person person() {
            return guest;
        }
    }

    /** An apology, at this meeting, for absences from earlier ones: it says nothing of this meeting's attendance. */
    record EarlierAbsence(long sequenceNumber, boolean corrected, Person member, String absences)
            implements Attendance {
        @Override
        public <R> R accept(Attendance.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** A member arriving after the start, or leaving before the close, during an item. */
    sealed interface Movement extends Attendance {

        Person member();

        String itemId();
    }

    record LateArrival(long sequenceNumber, boolean corrected, Person member, String itemId) implements Movement {
        @Override
        public <R> R accept(Attendance.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record EarlyDeparture(long sequenceNumber, boolean corrected, Person member, String itemId)
            implements Movement {
        @Override
        public <R> R accept(Attendance.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    // --- declarations --------------------------------------------------------------------------------------------

    /** Interests and party whips declared, or the record that none were. */
    sealed interface Declaration extends Fact {

        <R> R accept(Declaration.Visitor<R> visitor);

        @Override
        default <R> R accept(Fact.Visitor<R> visitor) {
            return accept((Declaration.Visitor<R>) visitor);
        }

        /** An answer for each kind of declaration. */
        interface Visitor<R> {

            R on(Interest fact);

            R on(NoInterests fact);

            R on(PartyWhip fact);

            R on(NoPartyWhip fact);
        }
    }

    record Interest(long sequenceNumber, boolean corrected, String declarationId, Person member, String words,
                    InterestCategory category, boolean leftRoom, boolean tookNoPartInVote, String dispensation)
            implements Declaration {
        @Override
        public <R> R accept(Declaration.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record NoInterests(long sequenceNumber, boolean corrected) implements Declaration {
        @Override
        public <R> R accept(Declaration.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record PartyWhip(long sequenceNumber, boolean corrected, String declarationId, Person member, String words)
            implements Declaration {
        @Override
        public <R> R accept(Declaration.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record NoPartyWhip(long sequenceNumber, boolean corrected) implements Declaration {
        @Override
        public <R> R accept(Declaration.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    // --- the business of an item ---------------------------------------------------------------------------------

    /** A report, briefing note, presentation or verbal update before the meeting. */
    record Report(long sequenceNumber, boolean corrected, ReportForm form, String title, String submittedBy,
                  List<Person> presentedBy, String reference) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** The minute as the page shows it: paragraphs, sub-headings and bulleted lists in order; cut off at the source. */
    record Minute(long sequenceNumber, boolean corrected, List<MinuteBlock> blocks, boolean cutOff) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** The item's outcome: noted, with no formal resolution ("The update was noted."). */
    record Noted(long sequenceNumber, boolean corrected, String text) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** "There were no matters arising." */
    record NoMattersArising(long sequenceNumber, boolean corrected, String text) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** A representation, statement of case or statement received; its words, when the page gives them. */
    record Representation(long sequenceNumber, boolean corrected, String representationId, RepresentationKind kind,
                          Person from, String text, boolean takenAsRead) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** "No representations or statements of case had been received." */
    record NoRepresentations(long sequenceNumber, boolean corrected, String text) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** The item was taken as urgent business. */
    record UrgentItem(long sequenceNumber, boolean corrected, String reason) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** "There were no urgent items for consideration." */
    record NoUrgentItems(long sequenceNumber, boolean corrected, String text) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** An error noted in the minutes of an earlier meeting, which this record may not hold. */
    record EarlierMinutesCorrection(long sequenceNumber, boolean corrected, String correctedMeetingId,
                                    LocalDate correctedMeetingDate, String text) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record Announcement(long sequenceNumber, boolean corrected, String text) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record Petition(long sequenceNumber, boolean corrected, String petitionId, String title, Person presentedBy,
                    Integer signatures, String text) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record NoPetitions(long sequenceNumber, boolean corrected, String text) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record NoQuestions(long sequenceNumber, boolean corrected, QuestionKind kind, String text) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record FutureMeetingDates(long sequenceNumber, boolean corrected, List<FutureMeetingDate> dates) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record PreviousMinutes(long sequenceNumber, boolean corrected, String confirmedMeetingId,
                           LocalDate confirmedMeetingDate, List<String> correctionsNoted, boolean takenAsRead,
                           boolean signed, Person signedBy, Person movedBy, Person secondedBy) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** "This item was deferred." */
    record Deferral(long sequenceNumber, boolean corrected, String reason) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** The item was withdrawn from the agenda. */
    record Withdrawal(long sequenceNumber, boolean corrected, String reason) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /**
     * A motion put: carried (a resolution, "RESOLVED:") or lost on the vote, with the debate on it (its amendments,
     * the votes before the deciding one), its statutory record and whether it was taken without a quorum.
     */
    record Motion(long sequenceNumber, boolean corrected, boolean carried, String resolutionId, ResolutionForm form,
                  String preamble, List<ResolutionPart> parts, Person movedBy, Person secondedBy, Vote vote,
                  List<Vote> earlierVotes, List<Amendment> amendments, StatutoryRecord statutory,
                  QuorumCount withoutQuorum) implements Fact {

        public Motion {
            parts = ResolutionPart.identified(parts == null ? List.of() : parts);
            earlierVotes = earlierVotes == null ? List.of() : List.copyOf(earlierVotes);
            amendments = amendments == null ? List.of() : List.copyOf(amendments);
        }

        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }


        @Override
        public FactKind factKind() {
            return carried ? FactKind.RESOLUTION : FactKind.LOST_MOTION;
        }
    }

    /** A question put at the meeting, with the replies recorded so far. */
    record Question(long sequenceNumber, boolean corrected, String questionId, QuestionKind kind, Person askedBy,
                    String askedOf, String text, String standingOrder, boolean atChairsDiscretion, Replies replies)
            implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }


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

        /** The part of the decision it follows from, or null for the decision as a whole (or none). */
        String partId();

        <R> R accept(FollowUp.Visitor<R> visitor);

        @Override
        default <R> R accept(Fact.Visitor<R> visitor) {
            return accept((FollowUp.Visitor<R>) visitor);
        }

        /** An answer for each kind of follow-up. */
        interface Visitor<R> {

            R on(FurtherReport fact);

            R on(Referral fact);

            R on(AgreedAction fact);
        }
    }

    record FurtherReport(long sequenceNumber, boolean corrected, String actionId, String resolutionId,
                         String partId, String subject, String toBody, LocalDate dueMeetingDate) implements FollowUp {
        @Override
        public <R> R accept(FollowUp.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record Referral(long sequenceNumber, boolean corrected, String actionId, String resolutionId, String partId,
                    String toBody, String subject) implements FollowUp {
        @Override
        public <R> R accept(FollowUp.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    record AgreedAction(long sequenceNumber, boolean corrected, String actionId, String resolutionId,
                        String partId, String description, String owner, LocalDate dueBy) implements FollowUp {
        @Override
        public <R> R accept(FollowUp.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    /** A follow-up recorded as done, maybe long after the meeting. */
    record Completion(long sequenceNumber, boolean corrected, String actionId, LocalDate completedOn, String note)
            implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    // --- roles at the meeting -----------------------------------------------------------------------------------

    /** Who was vice-chair, or who took the chair from an item on. */
    record Role(long sequenceNumber, boolean corrected, MeetingRole role, Person person, String fromItemId)
            implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }
    }

    // --- the minutes themselves ----------------------------------------------------------------------------------

    /** A later meeting confirmed these minutes; its chair may sign them. */
    record MinutesConfirmation(long sequenceNumber, boolean corrected, String atMeetingId,
                               Person chairOfConfirmingMeeting, Person signedBy) implements Fact {
        @Override
        public <R> R accept(Fact.Visitor<R> visitor) {
            return visitor.on(this);
        }


        MinutesConfirmation signed(Person by) {
            return new MinutesConfirmation(sequenceNumber, corrected, atMeetingId, chairOfConfirmingMeeting, by);
        }
    }
}
