package org.minutebook.events;

import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.ActionCompleted;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.minutebook.events.agenda.AgendaPublished;
import org.minutebook.events.agenda.AgendaReordered;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.EarlierAbsenceApologised;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
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
import org.minutebook.events.business.WrittenReplySent;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.events.committees.MembershipEnded;
import org.minutebook.events.committees.QuorumFixed;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.declarations.NoInterestsDeclared;
import org.minutebook.events.declarations.NoPartyWhipDeclared;
import org.minutebook.events.declarations.PartyWhipDeclared;
import org.minutebook.events.imports.MinutesImported;
import org.minutebook.events.executive.CallInConsiderationCorrected;
import org.minutebook.events.executive.CallInConsidered;
import org.minutebook.events.executive.CallInCorrected;
import org.minutebook.events.executive.CallInRequested;
import org.minutebook.events.executive.DecisionNoticeCorrected;
import org.minutebook.events.executive.DecisionNoticePublished;
import org.minutebook.events.executive.DecisionReconsidered;
import org.minutebook.events.executive.DecisionTaken;
import org.minutebook.events.executive.DecisionTakenCorrected;
import org.minutebook.events.executive.KeyDecisionNoticeCorrected;
import org.minutebook.events.executive.KeyDecisionNoticePublished;
import org.minutebook.events.executive.KeyDecisionPlanCorrected;
import org.minutebook.events.executive.KeyDecisionPlanned;
import org.minutebook.events.executive.ReconsiderationCorrected;
import org.minutebook.events.recommendations.RecommendationProgressCorrected;
import org.minutebook.events.recommendations.RecommendationProgressReported;
import org.minutebook.events.recommendations.RecommendationResponded;
import org.minutebook.events.recommendations.RecommendationResponseCorrected;
import org.minutebook.events.recommendations.ScrutinyReportCorrected;
import org.minutebook.events.recommendations.ScrutinyReportReceived;
import org.minutebook.events.interests.DispensationCorrected;
import org.minutebook.events.interests.DispensationGranted;
import org.minutebook.events.interests.GiftOrHospitalityCorrected;
import org.minutebook.events.interests.GiftOrHospitalityRegistered;
import org.minutebook.events.interests.InterestAmended;
import org.minutebook.events.interests.InterestRegistered;
import org.minutebook.events.interests.RegisterOfInterestsOpened;
import org.minutebook.events.matters.MatterConsidered;
import org.minutebook.events.matters.MatterConsiderationStruckOut;
import org.minutebook.events.matters.MatterCorrected;
import org.minutebook.events.matters.MatterOpened;
import org.minutebook.events.meetings.MeetingAdjourned;
import org.minutebook.events.meetings.MeetingCancelled;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingRescheduled;
import org.minutebook.events.meetings.MeetingResumed;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.events.minutes.EarlierMinutesCorrectionNoted;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesSigned;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.published.PublishedDecision;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public name of every event type: what subscribers see as {@code ce_type}, what the event store keeps, what
 * corrections and exports name. Names are chosen for subscribers ({@code minutebook.ApologyRecorded}) and never
 * change, so a record can move to another package or be renamed without breaking a subscriber, a stored
 * correction or an export. Contract 1 named events by their Java class; those names are still read.
 */
public final class EventTypes {

    /** The contract version this table describes (see docs/events.md, "Contract versions"). */
    public static final int CONTRACT_VERSION = 3;

    private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, String> NAMES = new LinkedHashMap<>();
    private static final Map<String, String> CONTRACT_1_NAMES = new LinkedHashMap<>();
    /** Records published to subscribers that are not facts of a record (since contract 3). */
    private static final Map<Class<?>, String> PUBLISHED = new LinkedHashMap<>();

    static {
        type("minutebook.ActionAgreed", "org.minutebook.events.actions.ActionAgreed", ActionAgreed.class);
        type("minutebook.ActionCompleted", "org.minutebook.events.actions.ActionCompleted", ActionCompleted.class);
        type("minutebook.FurtherReportRequested", "org.minutebook.events.actions.FurtherReportRequested", FurtherReportRequested.class);
        type("minutebook.ReferralMade", "org.minutebook.events.actions.ReferralMade", ReferralMade.class);
        type("minutebook.AgendaItemAdded", "org.minutebook.events.agenda.AgendaItemAdded", AgendaItemAdded.class);
        type("minutebook.AgendaItemAmended", "org.minutebook.events.agenda.AgendaItemAmended", AgendaItemAmended.class);
        type("minutebook.AgendaPublished", "org.minutebook.events.agenda.AgendaPublished", AgendaPublished.class);
        type("minutebook.AgendaReordered", AgendaReordered.class);
        type("minutebook.ApologyRecorded", "org.minutebook.events.attendance.ApologyRecorded", ApologyRecorded.class);
        type("minutebook.EarlierAbsenceApologised", EarlierAbsenceApologised.class);
        type("minutebook.GuestAttended", "org.minutebook.events.attendance.GuestAttended", GuestAttended.class);
        type("minutebook.MemberArrivedLate", "org.minutebook.events.attendance.MemberArrivedLate", MemberArrivedLate.class);
        type("minutebook.MemberAttended", "org.minutebook.events.attendance.MemberAttended", MemberAttended.class);
        type("minutebook.MemberLeftEarly", "org.minutebook.events.attendance.MemberLeftEarly", MemberLeftEarly.class);
        type("minutebook.OfficerAttended", "org.minutebook.events.attendance.OfficerAttended", OfficerAttended.class);
        type("minutebook.SubstituteRecorded", "org.minutebook.events.attendance.SubstituteRecorded", SubstituteRecorded.class);
        type("minutebook.ChairsAnnouncementMade", "org.minutebook.events.business.ChairsAnnouncementMade", ChairsAnnouncementMade.class);
        type("minutebook.FutureMeetingDatesNoted", "org.minutebook.events.business.FutureMeetingDatesNoted", FutureMeetingDatesNoted.class);
        type("minutebook.ItemDeferred", "org.minutebook.events.business.ItemDeferred", ItemDeferred.class);
        type("minutebook.ItemMinuted", "org.minutebook.events.business.ItemMinuted", ItemMinuted.class);
        type("minutebook.ItemNoted", ItemNoted.class);
        type("minutebook.ItemWithdrawn", "org.minutebook.events.business.ItemWithdrawn", ItemWithdrawn.class);
        type("minutebook.NoMattersArising", NoMattersArising.class);
        type("minutebook.NoPetitionsReceived", "org.minutebook.events.business.NoPetitionsReceived", NoPetitionsReceived.class);
        type("minutebook.NoQuestionsReceived", "org.minutebook.events.business.NoQuestionsReceived", NoQuestionsReceived.class);
        type("minutebook.NoRepresentationsReceived", NoRepresentationsReceived.class);
        type("minutebook.NoUrgentItems", NoUrgentItems.class);
        type("minutebook.PetitionReceived", "org.minutebook.events.business.PetitionReceived", PetitionReceived.class);
        type("minutebook.QuestionAnswered", "org.minutebook.events.business.QuestionAnswered", QuestionAnswered.class);
        type("minutebook.QuestionAsked", "org.minutebook.events.business.QuestionAsked", QuestionAsked.class);
        type("minutebook.ReportConsidered", "org.minutebook.events.business.ReportConsidered", ReportConsidered.class);
        type("minutebook.RepresentationReceived", RepresentationReceived.class);
        type("minutebook.SupplementaryQuestionAnswered", "org.minutebook.events.business.SupplementaryQuestionAnswered", SupplementaryQuestionAnswered.class);
        type("minutebook.SupplementaryQuestionAsked", "org.minutebook.events.business.SupplementaryQuestionAsked", SupplementaryQuestionAsked.class);
        type("minutebook.UrgentItemTaken", UrgentItemTaken.class);
        type("minutebook.WrittenReplyPromised", "org.minutebook.events.business.WrittenReplyPromised", WrittenReplyPromised.class);
        type("minutebook.WrittenReplySent", "org.minutebook.events.business.WrittenReplySent", WrittenReplySent.class);
        type("minutebook.CommitteeRegistered", "org.minutebook.events.committees.CommitteeRegistered", CommitteeRegistered.class);
        type("minutebook.CommitteeRenamed", "org.minutebook.events.committees.CommitteeRenamed", CommitteeRenamed.class);
        type("minutebook.MemberAppointed", "org.minutebook.events.committees.MemberAppointed", MemberAppointed.class);
        type("minutebook.MembershipEnded", "org.minutebook.events.committees.MembershipEnded", MembershipEnded.class);
        type("minutebook.QuorumFixed", QuorumFixed.class);
        type("minutebook.FactCorrected", "org.minutebook.events.corrections.FactCorrected", FactCorrected.class);
        type("minutebook.MinutesImported", MinutesImported.class);
        type("minutebook.RegisterOfInterestsOpened", RegisterOfInterestsOpened.class);
        type("minutebook.InterestRegistered", InterestRegistered.class);
        type("minutebook.InterestAmended", InterestAmended.class);
        type("minutebook.GiftOrHospitalityRegistered", GiftOrHospitalityRegistered.class);
        type("minutebook.DispensationGranted", DispensationGranted.class);
        // corrections of the records between meetings (contract 3, wave 3)
        type("minutebook.GiftOrHospitalityCorrected", GiftOrHospitalityCorrected.class);
        type("minutebook.DispensationCorrected", DispensationCorrected.class);
        type("minutebook.KeyDecisionPlanCorrected", KeyDecisionPlanCorrected.class);
        type("minutebook.DecisionTakenCorrected", DecisionTakenCorrected.class);
        type("minutebook.KeyDecisionNoticeCorrected", KeyDecisionNoticeCorrected.class);
        type("minutebook.DecisionNoticeCorrected", DecisionNoticeCorrected.class);
        type("minutebook.CallInCorrected", CallInCorrected.class);
        type("minutebook.CallInConsiderationCorrected", CallInConsiderationCorrected.class);
        type("minutebook.ReconsiderationCorrected", ReconsiderationCorrected.class);
        type("minutebook.RecommendationResponseCorrected", RecommendationResponseCorrected.class);
        type("minutebook.ScrutinyReportCorrected", ScrutinyReportCorrected.class);
        type("minutebook.RecommendationProgressCorrected", RecommendationProgressCorrected.class);
        type("minutebook.MatterOpened", MatterOpened.class);
        type("minutebook.MatterCorrected", MatterCorrected.class);
        type("minutebook.MatterConsidered", MatterConsidered.class);
        type("minutebook.MatterConsiderationStruckOut", MatterConsiderationStruckOut.class);
        type("minutebook.InterestDeclared", "org.minutebook.events.declarations.InterestDeclared", InterestDeclared.class);
        type("minutebook.NoInterestsDeclared", "org.minutebook.events.declarations.NoInterestsDeclared", NoInterestsDeclared.class);
        type("minutebook.NoPartyWhipDeclared", "org.minutebook.events.declarations.NoPartyWhipDeclared", NoPartyWhipDeclared.class);
        type("minutebook.PartyWhipDeclared", "org.minutebook.events.declarations.PartyWhipDeclared", PartyWhipDeclared.class);
        type("minutebook.MeetingAdjourned", "org.minutebook.events.meetings.MeetingAdjourned", MeetingAdjourned.class);
        type("minutebook.MeetingCancelled", "org.minutebook.events.meetings.MeetingCancelled", MeetingCancelled.class);
        type("minutebook.MeetingClosed", "org.minutebook.events.meetings.MeetingClosed", MeetingClosed.class);
        type("minutebook.MeetingOpened", "org.minutebook.events.meetings.MeetingOpened", MeetingOpened.class);
        type("minutebook.MeetingRescheduled", "org.minutebook.events.meetings.MeetingRescheduled", MeetingRescheduled.class);
        type("minutebook.MeetingResumed", "org.minutebook.events.meetings.MeetingResumed", MeetingResumed.class);
        type("minutebook.MeetingRoleTaken", MeetingRoleTaken.class);
        type("minutebook.MeetingScheduled", "org.minutebook.events.meetings.MeetingScheduled", MeetingScheduled.class);
        type("minutebook.EarlierMinutesCorrectionNoted", EarlierMinutesCorrectionNoted.class);
        type("minutebook.MinutesConfirmed", "org.minutebook.events.minutes.MinutesConfirmed", MinutesConfirmed.class);
        type("minutebook.MinutesSigned", "org.minutebook.events.minutes.MinutesSigned", MinutesSigned.class);
        type("minutebook.PreviousMinutesConfirmed", "org.minutebook.events.minutes.PreviousMinutesConfirmed", PreviousMinutesConfirmed.class);
        type("minutebook.MotionLost", "org.minutebook.events.resolutions.MotionLost", MotionLost.class);
        type("minutebook.ResolutionPassed", "org.minutebook.events.resolutions.ResolutionPassed", ResolutionPassed.class);
        // decisions outside meetings and recommendations to the executive (contract 3, wave 3)
        type("minutebook.KeyDecisionPlanned", KeyDecisionPlanned.class);
        type("minutebook.KeyDecisionNoticePublished", KeyDecisionNoticePublished.class);
        type("minutebook.DecisionTaken", DecisionTaken.class);
        type("minutebook.DecisionNoticePublished", DecisionNoticePublished.class);
        type("minutebook.CallInRequested", CallInRequested.class);
        type("minutebook.CallInConsidered", CallInConsidered.class);
        type("minutebook.DecisionReconsidered", DecisionReconsidered.class);
        type("minutebook.ScrutinyReportReceived", ScrutinyReportReceived.class);
        type("minutebook.RecommendationResponded", RecommendationResponded.class);
        type("minutebook.RecommendationProgressReported", RecommendationProgressReported.class);
        published("minutebook.PublishedDecision", PublishedDecision.class);
    }

    private EventTypes() {
    }

    /** A type released in contract 1, when it was named by its Java class. */
    private static void type(String name, String contract1Name, Class<?> type) {
        type(name, type);
        CONTRACT_1_NAMES.put(contract1Name, name);
    }

    /** A type released since contract 2. */
    private static void type(String name, Class<?> type) {
        BY_NAME.put(name, type);
        NAMES.put(type, name);
    }

    /** A record published to subscribers (a decision on {@code minutebook.decisions}), not an event of a record. */
    private static void published(String name, Class<?> type) {
        BY_NAME.put(name, type);
        PUBLISHED.put(type, name);
    }

    /** The public name of an event type, or empty for a class that is not an event of the contract. */
    public static Optional<String> nameOf(Class<?> type) {
        return Optional.ofNullable(NAMES.getOrDefault(type, PUBLISHED.get(type)));
    }

    /** The event type of a public name, current or of contract 1; empty for a name the contract does not know. */
    public static Optional<Class<?>> typeOf(String name) {
        return Optional.ofNullable(BY_NAME.get(currentName(name)));
    }

    /** The current public name of a name of contract 1 (a Java class name); any other name as it is. */
    public static String currentName(String name) {
        return CONTRACT_1_NAMES.getOrDefault(name, name);
    }

    /** Every event type of the contract, in a stable order. */
    public static Collection<Class<?>> all() {
        return List.copyOf(NAMES.keySet());
    }

    /** Every record the contract publishes that is not an event of a record: what {@code minutebook.decisions} carries. */
    public static Collection<Class<?>> published() {
        return List.copyOf(PUBLISHED.keySet());
    }
}
