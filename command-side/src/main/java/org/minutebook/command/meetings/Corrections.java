package org.minutebook.command.meetings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.minutebook.command.actions.AgreeAction;
import org.minutebook.command.actions.MakeReferral;
import org.minutebook.command.actions.RequestFurtherReport;
import org.minutebook.command.agenda.AddAgendaItem;
import org.minutebook.command.agenda.AmendAgendaItem;
import org.minutebook.command.attendance.RecordApology;
import org.minutebook.command.attendance.RecordAttendance;
import org.minutebook.command.attendance.RecordEarlierAbsenceApology;
import org.minutebook.command.attendance.RecordGuestAttendance;
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
import org.minutebook.command.business.TakeUrgentItem;
import org.minutebook.command.business.WithdrawItem;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.corrections.CorrectFact;
import org.minutebook.command.declarations.DeclareInterest;
import org.minutebook.command.declarations.DeclarePartyWhip;
import org.minutebook.command.declarations.RecordNoDeclarations;
import org.minutebook.command.declarations.RecordNoPartyWhip;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.minutes.ConfirmPreviousMinutes;
import org.minutebook.command.minutes.NoteEarlierMinutesCorrection;
import org.minutebook.command.platform.CommandFields;
import org.minutebook.command.platform.InvalidRequest;
import org.minutebook.command.resolutions.PassResolution;
import org.minutebook.command.resolutions.RecordLostMotion;
import org.minutebook.events.EventTypes;
import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.EarlierAbsenceApologised;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;
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
import org.minutebook.events.business.ReportConsidered;
import org.minutebook.events.business.RepresentationReceived;
import org.minutebook.events.business.SupplementaryQuestionAnswered;
import org.minutebook.events.business.SupplementaryQuestionAsked;
import org.minutebook.events.business.UrgentItemTaken;
import org.minutebook.events.business.WrittenReplyPromised;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.declarations.NoInterestsDeclared;
import org.minutebook.events.declarations.NoPartyWhipDeclared;
import org.minutebook.events.declarations.PartyWhipDeclared;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.minutes.EarlierMinutesCorrectionNoted;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesSigned;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a correction is decided. The corrected fact must read as an event of the original's type (a field it does
 * not have, or a value of the wrong type, answers 400 naming it), and it is then decided by the command that
 * records such a fact — the same field rules, the same rules of the record — against the record without the
 * original. What that command records is the corrected fact. Facts no command here records alone — the meeting's
 * own moves (scheduled, opened, closed), the agenda's publication and order, arrivals and departures, replies sent,
 * actions completed, the confirmation and signature of the minutes — are corrected by their fields alone.
 */
final class Corrections {

    /** The command that records each kind of fact, so a correction of it is decided the same way. */
    private static final Map<Class<?>, Class<?>> RECORDED_BY = new LinkedHashMap<>();

    static {
        RECORDED_BY.put(MemberAttended.class, RecordAttendance.class);
        RECORDED_BY.put(ApologyRecorded.class, RecordApology.class);
        RECORDED_BY.put(SubstituteRecorded.class, RecordSubstitute.class);
        RECORDED_BY.put(OfficerAttended.class, RecordOfficerAttendance.class);
        RECORDED_BY.put(GuestAttended.class, RecordGuestAttendance.class);
        RECORDED_BY.put(EarlierAbsenceApologised.class, RecordEarlierAbsenceApology.class);
        RECORDED_BY.put(AgendaItemAdded.class, AddAgendaItem.class);
        RECORDED_BY.put(AgendaItemAmended.class, AmendAgendaItem.class);
        RECORDED_BY.put(InterestDeclared.class, DeclareInterest.class);
        RECORDED_BY.put(NoInterestsDeclared.class, RecordNoDeclarations.class);
        RECORDED_BY.put(PartyWhipDeclared.class, DeclarePartyWhip.class);
        RECORDED_BY.put(NoPartyWhipDeclared.class, RecordNoPartyWhip.class);
        RECORDED_BY.put(PreviousMinutesConfirmed.class, ConfirmPreviousMinutes.class);
        RECORDED_BY.put(EarlierMinutesCorrectionNoted.class, NoteEarlierMinutesCorrection.class);
        RECORDED_BY.put(ChairsAnnouncementMade.class, MakeChairsAnnouncement.class);
        RECORDED_BY.put(PetitionReceived.class, ReceivePetition.class);
        RECORDED_BY.put(NoPetitionsReceived.class, RecordNoPetitions.class);
        RECORDED_BY.put(RepresentationReceived.class, ReceiveRepresentation.class);
        RECORDED_BY.put(NoRepresentationsReceived.class, RecordNoRepresentations.class);
        RECORDED_BY.put(NoUrgentItems.class, RecordNoUrgentItems.class);
        RECORDED_BY.put(UrgentItemTaken.class, TakeUrgentItem.class);
        RECORDED_BY.put(NoMattersArising.class, RecordNoMattersArising.class);
        RECORDED_BY.put(ReportConsidered.class, RecordReportConsidered.class);
        RECORDED_BY.put(ItemMinuted.class, MinuteItem.class);
        RECORDED_BY.put(ItemNoted.class, RecordItemNoted.class);
        RECORDED_BY.put(FutureMeetingDatesNoted.class, NoteFutureMeetingDates.class);
        RECORDED_BY.put(ItemDeferred.class, DeferItem.class);
        RECORDED_BY.put(ItemWithdrawn.class, WithdrawItem.class);
        RECORDED_BY.put(QuestionAsked.class, AskQuestion.class);
        RECORDED_BY.put(QuestionAnswered.class, AnswerQuestion.class);
        RECORDED_BY.put(SupplementaryQuestionAsked.class, AskSupplementaryQuestion.class);
        RECORDED_BY.put(SupplementaryQuestionAnswered.class, AnswerSupplementaryQuestion.class);
        RECORDED_BY.put(WrittenReplyPromised.class, PromiseWrittenReply.class);
        RECORDED_BY.put(NoQuestionsReceived.class, RecordNoQuestions.class);
        RECORDED_BY.put(ResolutionPassed.class, PassResolution.class);
        RECORDED_BY.put(MotionLost.class, RecordLostMotion.class);
        RECORDED_BY.put(FurtherReportRequested.class, RequestFurtherReport.class);
        RECORDED_BY.put(ReferralMade.class, MakeReferral.class);
        RECORDED_BY.put(ActionAgreed.class, AgreeAction.class);
        RECORDED_BY.put(MeetingRoleTaken.class, TakeMeetingRole.class);
    }

    /** Reads the event's fields into its command: fields only the event has (an item's position) are left out. */
    private static final ObjectMapper AS_COMMAND = CorrectedFacts.JSON.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Corrections() {
    }

    static String typeName(Object event) {
        return EventTypes.nameOf(event.getClass()).orElse(event.getClass().getName());
    }

    /** The corrected fact, decided as the original was; throws naming the field or the rule it breaks. */
    static Object decide(String meetingId, EventLog log, CorrectFact correction, Object original,
                         CommitteeRoster committees, Validator validator) {
        requireKnownFields(original, correction.replacement());
        Object corrected = readAs(original, correction.replacement());
        Object command = commandFor(meetingId, corrected);
        if (command == null) {
            return corrected;
        }
        CommandFields.validate(validator, command, "replacement");
        List<Object> recorded;
        try {
            recorded = RecordRebuild.decide(meetingId, asDrafted(log.effective(correction.correctsSequenceNumber())),
                    command, committees);
        } catch (RuleViolation broken) {
            // the command's fields were sent as the replacement's, so the rule is named beside those
            throw broken.field().map(field -> broken.at("replacement." + field)).orElse(broken);
        }
        return recorded.stream().filter(original.getClass()::isInstance).findFirst()
                .orElseThrow(() -> RuleViolation.invalid("correction-changes-kind", "The corrected fact would not be"
                        + " a " + typeName(original) + "; strike it out and record the other fact instead")
                        .at("replacement"));
    }

    /**
     * The record as its minutes stood before confirmation: a correction of confirmed minutes (noted at a later
     * meeting) is decided by the rules of the record, not refused because the minutes are now confirmed.
     */
    private static List<EventLog.Sequenced> asDrafted(List<EventLog.Sequenced> facts) {
        return facts.stream()
                .filter(fact -> !(fact.event() instanceof MinutesConfirmed) && !(fact.event() instanceof MinutesSigned))
                .toList();
    }

    private static void requireKnownFields(Object original, Map<String, Object> replacement) {
        Set<String> fields = Arrays.stream(original.getClass().getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        List<InvalidRequest.FieldError> unknown = replacement.keySet().stream()
                .filter(field -> !fields.contains(field))
                .map(field -> new InvalidRequest.FieldError("replacement." + field, "is not a field of "
                        + typeName(original) + " (its fields: " + String.join(", ", fields.stream().sorted()
                        .toList()) + ")"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequest(unknown);
        }
        Object meetingId = replacement.get("meetingId");
        if (replacement.containsKey("meetingId") && !CorrectedFacts.fieldsOf(original).get("meetingId")
                .equals(meetingId)) {
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError("replacement.meetingId",
                    "a correction cannot move a fact to another meeting")));
        }
    }

    private static Object readAs(Object original, Map<String, Object> replacement) {
        try {
            return CorrectedFacts.read(original, replacement);
        } catch (IllegalArgumentException wrongShape) {
            String field = wrongShape.getCause() instanceof JsonMappingException mapping
                    ? "replacement." + InvalidRequest.path(mapping) : "replacement";
            throw new InvalidRequest("Field '" + field + "' has a value of the wrong type or format",
                    List.of(new InvalidRequest.FieldError(field, "wrong type or format")));
        }
    }

    private static Object commandFor(String meetingId, Object corrected) {
        Class<?> commandType = RECORDED_BY.get(corrected.getClass());
        if (commandType == null) {
            return null;
        }
        Map<String, Object> fields = CorrectedFacts.fieldsOf(corrected);
        fields.put("meetingId", meetingId);
        return AS_COMMAND.convertValue(fields, commandType);
    }
}
