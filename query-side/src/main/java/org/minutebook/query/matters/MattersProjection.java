package org.minutebook.query.matters;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.minutebook.events.executive.DecisionTaken;
import org.minutebook.events.executive.DecisionTakenCorrected;
import org.minutebook.events.executive.KeyDecisionPlanCorrected;
import org.minutebook.events.executive.KeyDecisionPlanned;
import org.minutebook.events.matters.MatterEvent;
import org.minutebook.events.recommendations.ScrutinyReportCorrected;
import org.minutebook.events.recommendations.ScrutinyReportReceived;
import org.minutebook.query.platform.RebuildableReadModel;
import org.minutebook.query.record.RecordProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Owns {@code matters}: each matter with the items that took it up, and the scrutiny reports and decisions outside
 * meetings that name it. A matter remembers the last of its events it holds, and links a record once, so an event
 * delivered again changes nothing. A correction that names another matter links the record there too; the matter
 * it named before lists it no more, as a matter's path lists only the linked records that name it now. Projected by the meeting records' processor: one reading of the topic.
 */
@Component
@ProcessingGroup(RecordProjection.NAME)
class MattersProjection implements RebuildableReadModel {

    private final Matters matters;

    MattersProjection(Matters matters) {
        this.matters = matters;
    }

    @Override
    public void drop() {
        matters.drop();
    }

    @EventHandler
    void on(MatterEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        StoredMatter matter = matters.findForChange(event.matterId())
                .orElseGet(() -> StoredMatter.empty(event.matterId()));
        if (matter.version() < sequenceNumber) {
            matters.save(event.accept(new MatterFolding(matter, sequenceNumber, at)));
        }
    }

    @EventHandler
    void on(ScrutinyReportReceived event) {
        link(event.matterId(), new StoredMatter.Linked(StoredMatter.LinkKind.SCRUTINY_REPORT, event.reportId()));
    }

    @EventHandler
    void on(ScrutinyReportCorrected event) {
        link(event.corrected().matterId(),
                new StoredMatter.Linked(StoredMatter.LinkKind.SCRUTINY_REPORT, event.reportId()));
    }

    @EventHandler
    void on(KeyDecisionPlanned event) {
        link(event.matterId(), outsideMeeting(event.decisionId()));
    }

    @EventHandler
    void on(KeyDecisionPlanCorrected event) {
        link(event.corrected().matterId(), outsideMeeting(event.decisionId()));
    }

    @EventHandler
    void on(DecisionTaken event) {
        link(event.matterId(), outsideMeeting(event.decisionId()));
    }

    @EventHandler
    void on(DecisionTakenCorrected event) {
        link(event.corrected().matterId(), outsideMeeting(event.decisionId()));
    }

    private static StoredMatter.Linked outsideMeeting(String decisionId) {
        return new StoredMatter.Linked(StoredMatter.LinkKind.DECISION_OUTSIDE_MEETING, decisionId);
    }

    private void link(String matterId, StoredMatter.Linked record) {
        if (matterId == null) {
            return;
        }
        StoredMatter matter = matters.findForChange(matterId).orElseGet(() -> StoredMatter.empty(matterId));
        StoredMatter linked = matter.linking(record);
        if (linked != matter) {
            matters.save(linked);
        }
    }
}
