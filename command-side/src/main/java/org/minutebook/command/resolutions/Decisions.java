package org.minutebook.command.resolutions;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.kernel.Rule;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.committees.Quorum;
import org.minutebook.command.business.DeferItem;
import org.minutebook.command.business.WithdrawItem;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.events.Person;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.committees.WhenInquorate;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.QuorumCount;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.events.sitting.Sitting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What became of each item: decisions (RESOLVED / AGREED) and lost motions with the debate on them, deferral or
 * withdrawal. A deferred or withdrawn item has no decision, and a decided item cannot then be deferred or withdrawn.
 * Who may move, second and vote, and who gives a casting vote, is read from who presides and who is present at the
 * decision's item ({@code Sitting}), and the committee's quorum from its standing orders on the day.
 */
public final class Decisions {

    private final MeetingState state;
    private final Agenda agenda;
    private final Set<String> resolutionIds = new HashSet<>();
    private final Map<String, List<String>> partsOfResolutions = new HashMap<>();
    private final Set<String> decidedItems = new HashSet<>();
    /** Each item set aside, and the rule that says it has no decision: deferred or withdrawn. */
    private final Map<String, Rule> setAside = new HashMap<>();

    public Decisions(MeetingState state, Agenda agenda) {
        this.state = state;
        this.agenda = agenda;
    }

    @CommandHandler
    void handle(PassResolution command, CommitteeRoster committees) {
        requireDecidable(command.itemId(), command.resolutionId());
        List<ResolutionPart> parts = Debate.parts(command.parts());
        Sitting sitting = agenda.sitting(committees);
        Debate debate = new Debate(sitting, command.itemId(), agenda::named);
        List<Amendment> amendments = debate.amendments(command.amendments());
        if (debate.carried(command.vote(), command.earlierVotes()).equals(Optional.of(false))) {
            throw DecisionRules.VOTE_DOES_NOT_CARRY.broken("The vote recorded does not carry the motion; record it as"
                    + " lost").at("vote");
        }
        requireStatutoryDates(command.statutory());
        debate.requireLawful(command.movedBy(), command.secondedBy(), command.vote(), command.earlierVotes(),
                amendments);
        QuorumCount withoutQuorum = withoutQuorum(sitting, command.itemId(), committees);
        apply(new ResolutionPassed(state.meetingId(), command.itemId(), command.resolutionId(), command.form(),
                command.preamble(), parts, command.movedBy(), command.secondedBy(), command.vote(),
                command.earlierVotes(), amendments, command.statutory(), withoutQuorum));
    }

    @CommandHandler
    void handle(RecordLostMotion command, CommitteeRoster committees) {
        requireDecidable(command.itemId(), command.resolutionId());
        List<ResolutionPart> parts = Debate.parts(command.parts());
        Sitting sitting = agenda.sitting(committees);
        Debate debate = new Debate(sitting, command.itemId(), agenda::named);
        List<Amendment> amendments = debate.amendments(command.amendments());
        Vote vote = command.vote();
        if (vote == null || debate.carried(vote, command.earlierVotes()).equals(Optional.of(true))) {
            throw DecisionRules.VOTE_DOES_NOT_LOSE.broken("A lost motion needs a vote that does not carry it")
                    .at("vote");
        }
        debate.requireLawful(command.movedBy(), command.secondedBy(), vote, command.earlierVotes(), amendments);
        QuorumCount withoutQuorum = withoutQuorum(sitting, command.itemId(), committees);
        apply(new MotionLost(state.meetingId(), command.itemId(), command.resolutionId(), command.form(),
                command.preamble(), parts, command.movedBy(), command.secondedBy(), vote, command.earlierVotes(),
                amendments, withoutQuorum));
    }

    @CommandHandler
    void handle(DeferItem command) {
        requireOpenItem(command.itemId());
        apply(new ItemDeferred(state.meetingId(), command.itemId(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawItem command) {
        requireOpenItem(command.itemId());
        apply(new ItemWithdrawn(state.meetingId(), command.itemId(), command.reason()));
    }

    /** A decision of this meeting, named by the command's {@code field}. */
    public void requireResolution(String resolutionId, String field) {
        if (!resolutionIds.contains(resolutionId)) {
            throw DecisionRules.UNKNOWN_RESOLUTION.broken("No decision " + resolutionId
                    + " is recorded at this meeting").at(field);
        }
    }

    /** A part of a decision of this meeting, named by the command's {@code field}. */
    public void requirePart(String resolutionId, String partId, String field) {
        List<String> parts = partsOfResolutions.getOrDefault(resolutionId, List.of());
        if (!parts.contains(partId)) {
            throw DecisionRules.UNKNOWN_RESOLUTION_PART.broken("Decision " + resolutionId + " has no part " + partId
                    + " (its parts: " + String.join(", ", parts) + ")").at(field);
        }
    }

    /**
     * Fewer members present in law at the item than the quorum on the day: refused, or recorded as taken without a
     * quorum, as the committee's standing orders say. Not counted where the record lists no one present, or no
     * quorum is recorded.
     */
    private QuorumCount withoutQuorum(Sitting sitting, String itemId, CommitteeRoster committees) {
        Optional<Quorum> quorum = committees.quorumOn(state.committeeId(), state.date())
                .filter(fixed -> fixed.required() != null);
        Optional<List<Person>> present = sitting.present(itemId);
        if (quorum.isEmpty() || present.isEmpty() || present.get().size() >= quorum.get().required()) {
            return null;
        }
        int required = quorum.get().required();
        if (quorum.get().whenInquorate() == WhenInquorate.REFUSED) {
            throw DecisionRules.MEETING_INQUORATE.broken("Only " + present.get().size() + " members were present at "
                    + agenda.named(itemId) + ", where the quorum is " + required
                    + ": the committee's standing orders allow no decision without it").at("itemId");
        }
        return new QuorumCount(present.get().size(), required);
    }

    /** The dates of the statutory record follow the decision: call-in ends after it, implementation after that. */
    private void requireStatutoryDates(StatutoryRecord statutory) {
        if (statutory == null) {
            return;
        }
        LocalDate decided = state.date();
        if (decided != null && statutory.callInDeadline() != null && statutory.callInDeadline().isBefore(decided)) {
            throw DecisionRules.STATUTORY_DATE_BEFORE_DECISION.broken("A decision taken on " + decided
                    + " cannot be called in only until " + statutory.callInDeadline())
                    .at("statutory.callInDeadline");
        }
        if (decided != null && statutory.implementationDate() != null
                && statutory.implementationDate().isBefore(decided)) {
            throw DecisionRules.STATUTORY_DATE_BEFORE_DECISION.broken("A decision taken on " + decided
                    + " cannot be implemented from " + statutory.implementationDate())
                    .at("statutory.implementationDate");
        }
        if (Boolean.FALSE.equals(statutory.subjectToCallIn()) && statutory.callInDeadline() != null) {
            throw DecisionRules.CALL_IN_DEADLINE_WITHOUT_CALL_IN.broken("A decision not subject to call-in has no"
                    + " call-in deadline").at("statutory.callInDeadline");
        }
        if (statutory.callInDeadline() != null && statutory.implementationDate() != null
                && !statutory.implementationDate().isAfter(statutory.callInDeadline())) {
            throw DecisionRules.IMPLEMENTED_BEFORE_CALL_IN_ENDS.broken("A decision that may be called in until "
                    + statutory.callInDeadline() + " is implemented after that, not from "
                    + statutory.implementationDate()).at("statutory.implementationDate");
        }
    }

    private void requireDecidable(String itemId, String resolutionId) {
        state.requireRecordable();
        agenda.requireItem(itemId, "itemId");
        requireNotSetAside(itemId);
        if (resolutionIds.contains(resolutionId)) {
            throw DecisionRules.RESOLUTION_ALREADY_RECORDED.broken("Decision " + resolutionId
                    + " is already recorded").at("resolutionId");
        }
    }

    private void requireOpenItem(String itemId) {
        state.requireRecordable();
        agenda.requireItem(itemId, "itemId");
        requireNotSetAside(itemId);
        if (decidedItems.contains(itemId)) {
            throw DecisionRules.ITEM_ALREADY_DECIDED.broken("Item " + itemId
                    + " has a decision, so it can no longer be deferred or withdrawn").at("itemId");
        }
    }

    private void requireNotSetAside(String itemId) {
        Rule setAsideSo = setAside.get(itemId);
        if (setAsideSo != null) {
            String how = setAsideSo == DecisionRules.ITEM_DEFERRED ? "deferred" : "withdrawn";
            throw setAsideSo.broken("Item " + itemId + " was " + how + " and has no decision").at("itemId");
        }
    }

    @EventSourcingHandler
    void on(ResolutionPassed event) {
        decided(event.itemId(), event.resolutionId(), event.parts(), event.vote(), event.earlierVotes(),
                event.amendments());
    }

    @EventSourcingHandler
    void on(MotionLost event) {
        decided(event.itemId(), event.resolutionId(), event.parts(), event.vote(), event.earlierVotes(),
                event.amendments());
    }

    /** A motion decided, its parts known by id, and every vote on it (and its amendments) cast at its item. */
    private void decided(String itemId, String resolutionId, List<ResolutionPart> parts, Vote vote,
                         List<Vote> earlierVotes, List<Amendment> amendments) {
        resolutionIds.add(resolutionId);
        partsOfResolutions.put(resolutionId, parts.stream().map(ResolutionPart::partId).toList());
        decidedItems.add(itemId);
        amendments.forEach(amendment -> {
            amendment.earlierVotes().forEach(earlier -> state.sitting().voted(itemId, earlier));
            state.sitting().voted(itemId, amendment.vote());
        });
        earlierVotes.forEach(earlier -> state.sitting().voted(itemId, earlier));
        state.sitting().voted(itemId, vote);
    }

    @EventSourcingHandler
    void on(ItemDeferred event) {
        setAside.put(event.itemId(), DecisionRules.ITEM_DEFERRED);
    }

    @EventSourcingHandler
    void on(ItemWithdrawn event) {
        setAside.put(event.itemId(), DecisionRules.ITEM_WITHDRAWN);
    }
}
