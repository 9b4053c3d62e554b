package org.minutebook.query.executive;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.minutebook.events.executive.DecisionTaken;
import org.minutebook.events.executive.DecisionTakenCorrected;
import org.minutebook.events.executive.ExecutiveDecisionEvent;
import org.minutebook.events.published.OutsideMeeting;
import org.minutebook.query.decisions.Decisions;
import org.minutebook.query.platform.RebuildableReadModel;
import org.minutebook.query.record.RecordProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Owns {@code executive_decisions}: each decision outside a meeting as it stood after each of its events; and, once
 * taken, its row in the decision register beside committees' decisions (its own listing). A decision remembers the
 * last event it holds, so an event delivered again changes nothing. Projected by the meeting records' processor:
 * one reading of the topic.
 */
@Component
@ProcessingGroup(RecordProjection.NAME)
class ExecutiveDecisionsProjection implements RebuildableReadModel {

    private final ExecutiveDecisions decisions;
    private final Decisions register;

    ExecutiveDecisionsProjection(ExecutiveDecisions decisions, Decisions register) {
        this.decisions = decisions;
        this.register = register;
    }

    @Override
    public void drop() {
        decisions.drop();
    }

    @EventHandler
    void on(ExecutiveDecisionEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        ExecutiveDecisionRecord before = decisions.find(event.decisionId()).orElse(null);
        if (before != null && before.version() >= sequenceNumber) {
            return;
        }
        List<ExecutiveDecisionRecord.Stood> stood = new ArrayList<>(before == null ? List.of() : before.stood());
        OutsideMeeting decision = OutsideMeeting.after(before == null ? null : before.decision(), event);
        String exemptPart = event instanceof DecisionTaken taken ? taken.exemptPart()
                : event instanceof DecisionTakenCorrected corrected ? corrected.corrected().exemptPart()
                : before == null ? null : before.exemptPart();
        stood.add(new ExecutiveDecisionRecord.Stood(at, decision, OutsideMeeting.correctionIn(event), exemptPart));
        decisions.save(new ExecutiveDecisionRecord(event.decisionId(), decision.council(), sequenceNumber, stood,
                exemptPart));
        if (decision.taken() != null) {
            register.listOutsideMeeting(decision, stood.stream().anyMatch(step -> step.correction() != null));
        }
    }
}
