package org.minutebook.query.record;

import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.ActionCompleted;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.events.business.ChairsAnnouncementMade;
import org.minutebook.events.business.FutureMeetingDatesNoted;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.business.NoPetitionsReceived;
import org.minutebook.events.business.NoQuestionsReceived;
import org.minutebook.events.business.PetitionReceived;
import org.minutebook.events.business.QuestionAnswered;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.ReportConsidered;
import org.minutebook.events.business.SupplementaryQuestionAnswered;
import org.minutebook.events.business.SupplementaryQuestionAsked;
import org.minutebook.events.business.WrittenReplyPromised;
import org.minutebook.events.business.WrittenReplySent;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.declarations.NoInterestsDeclared;
import org.minutebook.events.declarations.NoPartyWhipDeclared;
import org.minutebook.events.declarations.PartyWhipDeclared;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.util.LinkedHashMap;
import java.util.Map;

/** The business of each agenda item, folded into the record in the order it was minuted. */
final class ItemFolding {

    void register(RecordFold fold) {
        fold.on(ChairsAnnouncementMade.class, (f, e) -> f.itemFact(e.itemId(), "announcement", e));
        fold.on(PetitionReceived.class, (f, e) -> f.itemFact(e.itemId(), "petition", e));
        fold.on(NoPetitionsReceived.class, (f, e) -> f.itemFact(e.itemId(), "no-petitions", e));
        fold.on(NoQuestionsReceived.class, (f, e) -> f.itemFact(e.itemId(), "no-questions", e));
        fold.on(ReportConsidered.class, (f, e) -> f.itemFact(e.itemId(), "report", e));
        fold.on(ItemMinuted.class, (f, e) -> f.itemFact(e.itemId(), "minute", e));
        fold.on(FutureMeetingDatesNoted.class, (f, e) -> f.itemFact(e.itemId(), "future-meeting-dates", e));
        fold.on(PreviousMinutesConfirmed.class, (f, e) -> f.itemFact(e.itemId(), "previous-minutes", e));
        fold.on(NoInterestsDeclared.class, (f, e) -> f.itemFact(e.itemId(), "no-interests", e));
        fold.on(PartyWhipDeclared.class, (f, e) -> f.itemFact(e.itemId(), "party-whip", e));
        fold.on(NoPartyWhipDeclared.class, (f, e) -> f.itemFact(e.itemId(), "no-party-whip", e));
        fold.on(InterestDeclared.class, (f, e) -> {
            if (e.itemId() == null) {
                f.record.generalDeclarations.add(f.fact("interest", e));
            } else {
                f.itemFact(e.itemId(), "interest", e);
            }
        });
        fold.on(ResolutionPassed.class, (f, e) -> f.itemFact(e.itemId(), "resolution", e));
        fold.on(MotionLost.class, (f, e) -> f.itemFact(e.itemId(), "lost-motion", e));
        fold.on(FurtherReportRequested.class, (f, e) -> f.itemFact(e.itemId(), "further-report", e));
        fold.on(ReferralMade.class, (f, e) -> f.itemFact(e.itemId(), "referral", e));
        fold.on(ActionAgreed.class, (f, e) -> f.itemFact(e.itemId(), "action", e));
        fold.on(ItemDeferred.class, (f, e) -> setAside(f.item(e.itemId()), "DEFERRED", e.reason()));
        fold.on(ItemWithdrawn.class, (f, e) -> setAside(f.item(e.itemId()), "WITHDRAWN", e.reason()));
        fold.on(ActionCompleted.class, (f, e) -> {
            for (String kind : new String[]{"further-report", "referral", "action"}) {
                Map<String, Object> action = f.findFact(kind, "actionId", e.actionId());
                if (!action.isEmpty()) {
                    action.put("completedOn", e.completedOn());
                    action.put("completionNote", e.note());
                }
            }
        });
        registerQuestions(fold);
    }

    private static void registerQuestions(RecordFold fold) {
        fold.on(QuestionAsked.class, (f, e) -> f.itemFact(e.itemId(), "question", e));
        fold.on(QuestionAnswered.class, (f, e) -> question(f, e.questionId()).put("answer", reply(f, e)));
        fold.on(SupplementaryQuestionAsked.class, (f, e) -> {
            Map<String, Object> supplementary = new LinkedHashMap<>();
            supplementary.put("text", e.text());
            supplementary.put("sequenceNumber", f.sequenceNumber);
            question(f, e.questionId()).put("supplementary", supplementary);
        });
        fold.on(SupplementaryQuestionAnswered.class, (f, e) -> question(f, e.questionId())
                .put("supplementaryAnswer", reply(f, e)));
        fold.on(WrittenReplyPromised.class, (f, e) -> {
            Map<String, Object> promise = new LinkedHashMap<>();
            promise.put("toSupplementary", e.toSupplementary());
            promise.put("promisedBy", e.promisedBy());
            promise.put("sentOn", null);
            question(f, e.questionId()).put(e.toSupplementary() ? "supplementaryWrittenReply" : "writtenReply", promise);
        });
        fold.on(WrittenReplySent.class, (f, e) -> {
            Object promise = question(f, e.questionId())
                    .get(e.toSupplementary() ? "supplementaryWrittenReply" : "writtenReply");
            if (promise instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked")
                Map<String, Object> sent = (Map<String, Object>) promise;
                sent.put("sentOn", e.sentOn());
            }
        });
    }

    private static Map<String, Object> question(RecordFold.Fold f, String questionId) {
        return f.findFact("question", "questionId", questionId);
    }

    private static Map<String, Object> reply(RecordFold.Fold f, Object event) {
        Map<String, Object> reply = f.fact("answer", event);
        reply.remove("fact");
        reply.remove("questionId");
        return reply;
    }

    private static void setAside(MeetingRecord.Item item, String status, String reason) {
        item.status = status;
        item.statusReason = reason;
    }
}
