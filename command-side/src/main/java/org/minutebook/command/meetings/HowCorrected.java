package org.minutebook.command.meetings;

import org.minutebook.command.actions.AgreeAction;
import org.minutebook.command.actions.CompleteAction;
import org.minutebook.command.actions.MakeReferral;
import org.minutebook.command.actions.RequestFurtherReport;
import org.minutebook.command.agenda.AddAgendaItem;
import org.minutebook.command.agenda.AmendAgendaItem;
import org.minutebook.command.agenda.PublishAgenda;
import org.minutebook.command.agenda.ReorderAgenda;
import org.minutebook.command.attendance.RecordApology;
import org.minutebook.command.attendance.RecordAttendance;
import org.minutebook.command.attendance.RecordEarlierAbsenceApology;
import org.minutebook.command.attendance.RecordEarlyDeparture;
import org.minutebook.command.attendance.RecordGuestAttendance;
import org.minutebook.command.attendance.RecordLateArrival;
import org.minutebook.command.attendance.RecordOfficerAttendance;
import org.minutebook.command.attendance.RecordSubstitute;
import org.minutebook.command.business.AnswerQuestion;
import org.minutebook.command.business.AnswerSupplementaryQuestion;
import org.minutebook.command.business.AskQuestion;
import org.minutebook.command.business.AskSupplementaryQuestion;
import org.minutebook.command.business.DeferItem;
import org.minutebook.command.business.MakeChairsAnnouncement;
import org.minutebook.command.business.MinuteItem;
import org.minutebook.command.business.NoteFutureMeetingDates;
import org.minutebook.command.business.PromiseWrittenReply;
import org.minutebook.command.business.ReceivePetition;
import org.minutebook.command.business.ReceiveRepresentation;
import org.minutebook.command.business.RecordItemNoted;
import org.minutebook.command.business.RecordNoMattersArising;
import org.minutebook.command.business.RecordNoPetitions;
import org.minutebook.command.business.RecordNoQuestions;
import org.minutebook.command.business.RecordNoRepresentations;
import org.minutebook.command.business.RecordNoUrgentItems;
import org.minutebook.command.business.RecordReportConsidered;
import org.minutebook.command.business.RecordWrittenReplySent;
import org.minutebook.command.business.TakeUrgentItem;
import org.minutebook.command.business.WithdrawItem;
import org.minutebook.command.declarations.DeclareInterest;
import org.minutebook.command.declarations.DeclarePartyWhip;
import org.minutebook.command.declarations.RecordNoDeclarations;
import org.minutebook.command.declarations.RecordNoPartyWhip;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.minutes.ConfirmPreviousMinutes;
import org.minutebook.command.minutes.NoteEarlierMinutesCorrection;
import org.minutebook.command.resolutions.PassResolution;
import org.minutebook.command.resolutions.RecordLostMotion;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.ActionCompleted;
import org.minutebook.events.actions.FollowUpEvent;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.events.agenda.AgendaEvent;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.minutebook.events.agenda.AgendaPublished;
import org.minutebook.events.agenda.AgendaReordered;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.AttendanceEvent;
import org.minutebook.events.attendance.EarlierAbsenceApologised;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;
import org.minutebook.events.business.BusinessEvent;
import org.minutebook.events.business.ChairsAnnouncementMade;
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
import org.minutebook.events.business.QuestionAnswered;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionEvent;
import org.minutebook.events.business.ReportConsidered;
import org.minutebook.events.business.RepresentationReceived;
import org.minutebook.events.business.SupplementaryQuestionAnswered;
import org.minutebook.events.business.SupplementaryQuestionAsked;
import org.minutebook.events.business.UrgentItemTaken;
import org.minutebook.events.business.WrittenReplyPromised;
import org.minutebook.events.business.WrittenReplySent;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.declarations.DeclarationEvent;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.declarations.NoInterestsDeclared;
import org.minutebook.events.declarations.NoPartyWhipDeclared;
import org.minutebook.events.declarations.PartyWhipDeclared;
import org.minutebook.events.imports.MinutesImported;
import org.minutebook.events.meetings.MeetingAdjourned;
import org.minutebook.events.meetings.MeetingCancelled;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingLifeEvent;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingRescheduled;
import org.minutebook.events.meetings.MeetingResumed;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.events.minutes.EarlierMinutesCorrectionNoted;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesEvent;
import org.minutebook.events.minutes.MinutesSigned;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.resolutions.DecisionEvent;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How a corrected fact of each kind is decided: by the command that records such a fact — its field rules, and the
 * rules of the record — or not here at all. Every event of every part answers, so a fact added to the contract
 * does not compile until it is said how a correction of it is decided.
 */
final class HowCorrected implements MeetingEvent.Parts<HowCorrected.Correcting>,
        MeetingLifeEvent.Visitor<HowCorrected.Correcting>, AgendaEvent.Visitor<HowCorrected.Correcting>,
        AttendanceEvent.Visitor<HowCorrected.Correcting>, DeclarationEvent.Visitor<HowCorrected.Correcting>,
        MinutesEvent.Visitor<HowCorrected.Correcting>, BusinessEvent.Visitor<HowCorrected.Correcting>,
        QuestionEvent.Visitor<HowCorrected.Correcting>, DecisionEvent.Visitor<HowCorrected.Correcting>,
        FollowUpEvent.Visitor<HowCorrected.Correcting> {

    static final HowCorrected EVERY_FACT = new HowCorrected();

    /** How a corrected fact of one kind is decided. */
    sealed interface Correcting {
    }

    /**
     * Decided by the command that records such a fact, read from the corrected fact's fields ({@code asCommand}
     * says how where the event keeps them otherwise than the command takes them), in the {@code place} it is
     * decided in (see {@link Corrections}).
     */
    record ByCommand(Class<?> command, Place place, UnaryOperator<Map<String, Object>> asCommand)
            implements Correcting {

        boolean inItsPlace() {
            return place != Place.AMONG_THE_REST;
        }
    }

    /** Where a corrected (or struck-out) fact is decided. */
    enum Place {
        /** Against the record without the original: the other facts are all there, as its rules read them. */
        AMONG_THE_REST,
        /**
         * Where the original stood, on the facts before it, each later move of the meeting (and change of the
         * agenda's order) decided again after it: the meeting's own life is a timeline, which the facts after a
         * move would otherwise contradict (an opening is refused on a record that holds the close).
         */
        IN_ITS_PLACE,
        /** In its place, and never struck out: the meeting's schedule is the meeting (it is cancelled instead). */
        FIRST_OF_THE_RECORD
    }

    /** Not corrected here, and why. */
    record Refused(RuleViolation why) implements Correcting {
    }

    private HowCorrected() {
    }

    private static Correcting among(Class<?> command) {
        return new ByCommand(command, Place.AMONG_THE_REST, UnaryOperator.identity());
    }

    private static Correcting place(Class<?> command) {
        return new ByCommand(command, Place.IN_ITS_PLACE, UnaryOperator.identity());
    }

    /** The meeting's start, kept as its day and time of day, is sent as the command takes it. */
    private static Map<String, Object> startsAtFromDateAndTime(Map<String, Object> fields) {
        Map<String, Object> command = new LinkedHashMap<>(fields);
        Object date = fields.get("date");
        Object time = fields.get("startTime");
        command.put("startsAt", time == null ? null : date == null ? time : date + "T" + time);
        return command;
    }

    /** A close past midnight, kept as its time of day and its day, is sent as the command takes it. */
    private static Map<String, Object> closedAtOnItsDay(Map<String, Object> fields) {
        Map<String, Object> command = new LinkedHashMap<>(fields);
        Object day = fields.get("closedOn");
        Object time = fields.get("closedAt");
        if (day != null && time != null) {
            command.put("closedAt", day + "T" + time);
        }
        return command;
    }

    /** The confirmation and signature of these minutes are the later meeting's acts, mirrored here. */
    private static Correcting confirmationRefused(String atMeetingId) {
        return new Refused(CorrectionRules.CORRECTION_OF_CONFIRMATION.broken("These minutes were confirmed at"
                + " meeting " + atMeetingId + ": the confirmation is corrected there, where it was recorded")
                .at("correctsSequenceNumber"));
    }

    // --- the parts ------------------------------------------------------------------------------------------------

    @Override
    public Correcting meeting(MeetingLifeEvent event) {
        return event.accept(this);
    }

    @Override
    public Correcting agenda(AgendaEvent event) {
        return event.accept(this);
    }

    @Override
    public Correcting attendance(AttendanceEvent event) {
        return event.accept(this);
    }

    @Override
    public Correcting declarations(DeclarationEvent event) {
        return event.accept(this);
    }

    @Override
    public Correcting minutes(MinutesEvent event) {
        return event.accept(this);
    }

    @Override
    public Correcting business(BusinessEvent event) {
        return event.accept(this);
    }

    @Override
    public Correcting questions(QuestionEvent event) {
        return event.accept(this);
    }

    @Override
    public Correcting decisions(DecisionEvent event) {
        return event.accept(this);
    }

    @Override
    public Correcting followUps(FollowUpEvent event) {
        return event.accept(this);
    }

    @Override
    public Correcting correction(FactCorrected event) {
        return new Refused(CorrectionRules.CORRECTION_OF_CORRECTION.broken("Event is a correction; correct the"
                + " fact it corrects (event " + event.correctsSequenceNumber() + ") instead")
                .at("correctsSequenceNumber"));
    }

    @Override
    public Correcting imported(MinutesImported event) {
        return new Refused(CorrectionRules.CORRECTION_OF_IMPORT.broken("The page an import read is kept as it was"
                + " read; import the corrected page again, which corrects the facts it changes")
                .at("correctsSequenceNumber"));
    }

    // --- meeting -------------------------------------------------------------------------------------------

    @Override
    public Correcting on(MeetingScheduled event) {
        return new ByCommand(ScheduleMeeting.class, Place.FIRST_OF_THE_RECORD, HowCorrected::startsAtFromDateAndTime);
    }

    @Override
    public Correcting on(MeetingRescheduled event) {
        return new ByCommand(RescheduleMeeting.class, Place.IN_ITS_PLACE, HowCorrected::startsAtFromDateAndTime);
    }

    @Override
    public Correcting on(MeetingCancelled event) {
        return place(CancelMeeting.class);
    }

    @Override
    public Correcting on(MeetingOpened event) {
        return place(OpenMeeting.class);
    }

    @Override
    public Correcting on(MeetingAdjourned event) {
        return place(AdjournMeeting.class);
    }

    @Override
    public Correcting on(MeetingResumed event) {
        return place(ResumeMeeting.class);
    }

    @Override
    public Correcting on(MeetingClosed event) {
        return new ByCommand(CloseMeeting.class, Place.IN_ITS_PLACE, HowCorrected::closedAtOnItsDay);
    }

    @Override
    public Correcting on(MeetingRoleTaken event) {
        return among(TakeMeetingRole.class);
    }

    // --- agenda --------------------------------------------------------------------------------------------

    @Override
    public Correcting on(AgendaItemAdded event) {
        return among(AddAgendaItem.class);
    }

    @Override
    public Correcting on(AgendaItemAmended event) {
        return among(AmendAgendaItem.class);
    }

    @Override
    public Correcting on(AgendaReordered event) {
        return place(ReorderAgenda.class);
    }

    @Override
    public Correcting on(AgendaPublished event) {
        return among(PublishAgenda.class);
    }

    // --- attendance ----------------------------------------------------------------------------------------

    @Override
    public Correcting on(MemberAttended event) {
        return among(RecordAttendance.class);
    }

    @Override
    public Correcting on(ApologyRecorded event) {
        return among(RecordApology.class);
    }

    @Override
    public Correcting on(SubstituteRecorded event) {
        return among(RecordSubstitute.class);
    }

    @Override
    public Correcting on(OfficerAttended event) {
        return among(RecordOfficerAttendance.class);
    }

    @Override
    public Correcting on(GuestAttended event) {
        return among(RecordGuestAttendance.class);
    }

    @Override
    public Correcting on(EarlierAbsenceApologised event) {
        return among(RecordEarlierAbsenceApology.class);
    }

    @Override
    public Correcting on(MemberArrivedLate event) {
        return among(RecordLateArrival.class);
    }

    @Override
    public Correcting on(MemberLeftEarly event) {
        return among(RecordEarlyDeparture.class);
    }

    // --- declarations --------------------------------------------------------------------------------------

    @Override
    public Correcting on(InterestDeclared event) {
        return among(DeclareInterest.class);
    }

    @Override
    public Correcting on(NoInterestsDeclared event) {
        return among(RecordNoDeclarations.class);
    }

    @Override
    public Correcting on(PartyWhipDeclared event) {
        return among(DeclarePartyWhip.class);
    }

    @Override
    public Correcting on(NoPartyWhipDeclared event) {
        return among(RecordNoPartyWhip.class);
    }

    // --- minutes -------------------------------------------------------------------------------------------

    @Override
    public Correcting on(PreviousMinutesConfirmed event) {
        return among(ConfirmPreviousMinutes.class);
    }

    @Override
    public Correcting on(MinutesConfirmed event) {
        return confirmationRefused(event.atMeetingId());
    }

    @Override
    public Correcting on(MinutesSigned event) {
        return confirmationRefused(event.atMeetingId());
    }

    @Override
    public Correcting on(EarlierMinutesCorrectionNoted event) {
        return among(NoteEarlierMinutesCorrection.class);
    }

    // --- business ------------------------------------------------------------------------------------------

    @Override
    public Correcting on(ChairsAnnouncementMade event) {
        return among(MakeChairsAnnouncement.class);
    }

    @Override
    public Correcting on(PetitionReceived event) {
        return among(ReceivePetition.class);
    }

    @Override
    public Correcting on(NoPetitionsReceived event) {
        return among(RecordNoPetitions.class);
    }

    @Override
    public Correcting on(RepresentationReceived event) {
        return among(ReceiveRepresentation.class);
    }

    @Override
    public Correcting on(NoRepresentationsReceived event) {
        return among(RecordNoRepresentations.class);
    }

    @Override
    public Correcting on(UrgentItemTaken event) {
        return among(TakeUrgentItem.class);
    }

    @Override
    public Correcting on(NoUrgentItems event) {
        return among(RecordNoUrgentItems.class);
    }

    @Override
    public Correcting on(NoMattersArising event) {
        return among(RecordNoMattersArising.class);
    }

    @Override
    public Correcting on(ReportConsidered event) {
        return among(RecordReportConsidered.class);
    }

    @Override
    public Correcting on(ItemMinuted event) {
        return among(MinuteItem.class);
    }

    @Override
    public Correcting on(ItemNoted event) {
        return among(RecordItemNoted.class);
    }

    @Override
    public Correcting on(FutureMeetingDatesNoted event) {
        return among(NoteFutureMeetingDates.class);
    }

    // --- questions -----------------------------------------------------------------------------------------

    @Override
    public Correcting on(QuestionAsked event) {
        return among(AskQuestion.class);
    }

    @Override
    public Correcting on(NoQuestionsReceived event) {
        return among(RecordNoQuestions.class);
    }

    @Override
    public Correcting on(QuestionAnswered event) {
        return among(AnswerQuestion.class);
    }

    @Override
    public Correcting on(SupplementaryQuestionAsked event) {
        return among(AskSupplementaryQuestion.class);
    }

    @Override
    public Correcting on(SupplementaryQuestionAnswered event) {
        return among(AnswerSupplementaryQuestion.class);
    }

    @Override
    public Correcting on(WrittenReplyPromised event) {
        return among(PromiseWrittenReply.class);
    }

    @Override
    public Correcting on(WrittenReplySent event) {
        return among(RecordWrittenReplySent.class);
    }

    // --- decisions -----------------------------------------------------------------------------------------

    @Override
    public Correcting on(ResolutionPassed event) {
        return among(PassResolution.class);
    }

    @Override
    public Correcting on(MotionLost event) {
        return among(RecordLostMotion.class);
    }

    @Override
    public Correcting on(ItemDeferred event) {
        return among(DeferItem.class);
    }

    @Override
    public Correcting on(ItemWithdrawn event) {
        return among(WithdrawItem.class);
    }

    // --- followUps -----------------------------------------------------------------------------------------

    @Override
    public Correcting on(FurtherReportRequested event) {
        return among(RequestFurtherReport.class);
    }

    @Override
    public Correcting on(ReferralMade event) {
        return among(MakeReferral.class);
    }

    @Override
    public Correcting on(ActionAgreed event) {
        return among(AgreeAction.class);
    }

    @Override
    public Correcting on(ActionCompleted event) {
        return among(CompleteAction.class);
    }
}
