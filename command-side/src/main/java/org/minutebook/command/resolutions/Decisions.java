package org.minutebook.command.resolutions;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.kernel.Rule;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.attendance.Attendance;
import org.minutebook.command.business.DeferItem;
import org.minutebook.command.business.WithdrawItem;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.events.Person;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPassed;
import org.minutebook.events.resolutions.Vote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What became of each item: decisions (RESOLVED / AGREED), lost motions, deferral or withdrawal. A deferred or
 * withdrawn item has no decision, and a decided item cannot then be deferred or withdrawn.
 */
public final class Decisions {

    private final MeetingState state;
    private final Agenda agenda;
    private final Attendance attendance;
    private final Set<String> resolutionIds = new HashSet<>();
    private final Set<String> decidedItems = new HashSet<>();
    /** Each item set aside, and the rule that says it has no decision: deferred or withdrawn. */
    private final Map<String, Rule> setAside = new HashMap<>();

    public Decisions(MeetingState state, Agenda agenda, Attendance attendance) {
        this.state = state;
        this.agenda = agenda;
        this.attendance = attendance;
    }

    @CommandHandler
    void handle(PassResolution command) {
        requireDecidable(command.itemId(), command.resolutionId());
        if (command.vote() != null && !Tally.of(command.vote(), state, "vote").carried()) {
            throw DecisionRules.VOTE_DOES_NOT_CARRY.broken("The vote recorded does not carry the motion; record it as"
                    + " lost").at("vote");
        }
        requirePresent(command.movedBy(), command.secondedBy(), command.vote());
        apply(new ResolutionPassed(state.meetingId(), command.itemId(), command.resolutionId(), command.form(),
                command.preamble(), command.parts(), command.movedBy(), command.secondedBy(), command.vote()));
    }

    @CommandHandler
    void handle(RecordLostMotion command) {
        requireDecidable(command.itemId(), command.resolutionId());
        Vote vote = command.vote();
        if (vote == null || Tally.of(vote, state, "vote").carried()) {
            throw DecisionRules.VOTE_DOES_NOT_LOSE.broken("A lost motion needs a vote that does not carry it")
                    .at("vote");
        }
        requirePresent(command.movedBy(), command.secondedBy(), vote);
        apply(new MotionLost(state.meetingId(), command.itemId(), command.resolutionId(), command.form(),
                command.preamble(), command.parts(), command.movedBy(), command.secondedBy(), vote));
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

    /** Only those present (or the chair) move, second and vote. */
    private void requirePresent(Person mover, Person seconder, Vote vote) {
        requireMoverPresent(mover, "movedBy");
        requireMoverPresent(seconder, "secondedBy");
        if (vote != null) {
            for (int index = 0; index < vote.memberVotes().size(); index++) {
                Person voter = vote.memberVotes().get(index).member();
                if (!isPresent(voter)) {
                    throw DecisionRules.VOTER_NOT_PRESENT.broken(voter.asWritten()
                            + " is not recorded as present, so cannot vote")
                            .at("vote.memberVotes[" + index + "].member");
                }
            }
        }
    }

    private void requireMoverPresent(Person person, String field) {
        if (person != null && !isPresent(person)) {
            throw DecisionRules.MOVER_NOT_PRESENT.broken(person.asWritten()
                    + " is not recorded as present, so cannot move or second at this meeting")
                    .at(field);
        }
    }

    private boolean isPresent(Person person) {
        return state.isChair(person) || attendance.takesPart(person);
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
        resolutionIds.add(event.resolutionId());
        decidedItems.add(event.itemId());
    }

    @EventSourcingHandler
    void on(MotionLost event) {
        resolutionIds.add(event.resolutionId());
        decidedItems.add(event.itemId());
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
