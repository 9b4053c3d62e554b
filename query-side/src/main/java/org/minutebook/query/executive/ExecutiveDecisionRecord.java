package org.minutebook.query.executive;

import org.minutebook.events.published.Correction;
import org.minutebook.events.published.OutsideMeeting;

import java.time.Instant;
import java.util.List;

/**
 * A decision outside a meeting as the read model keeps it: the decision as it stands after each of its events
 * ({@code stood}, oldest first, each with when it was recorded, so the record answers "as it stood at" an instant),
 * and its exempt part, which only clerks, chairs and auditors read. {@code version}: the last of its events held.
 *
 * @param decisionId the decision's id
 * @param council    its council, or null while not known
 * @param version    the sequence number of its last event held
 * @param stood      the decision after each event, oldest first
 * @param exemptPart the part withheld from the public, or null
 */
public record ExecutiveDecisionRecord(String decisionId, String council, long version, List<Stood> stood,
                                      String exemptPart) {

    public ExecutiveDecisionRecord {
        stood = stood == null ? List.of() : List.copyOf(stood);
    }

    /**
     * The decision as it stood after one of its events.
     *
     * @param recordedAt when the event was recorded
     * @param decision   the decision after it
     * @param correction the correction the event was (of its plan or of its record), or null
     * @param exemptPart the part withheld from the public as it read then, or null
     */
    public record Stood(Instant recordedAt, OutsideMeeting decision, Correction correction, String exemptPart) {
    }

    /** The part withheld from the public as it read at the instant (as it reads now when null). */
    public String exemptPartAsOf(Instant instant) {
        return instant == null ? exemptPart : stood.stream().filter(step -> !step.recordedAt().isAfter(instant))
                .reduce((first, then) -> then).map(Stood::exemptPart).orElse(null);
    }

    /** The corrections recorded by the instant (all of them when null), oldest first. */
    public List<Correction> correctionsBy(Instant instant) {
        return stood.stream().filter(step -> step.correction() != null
                && (instant == null || !step.recordedAt().isAfter(instant))).map(Stood::correction).toList();
    }

    /** The decision as it stands. */
    public OutsideMeeting decision() {
        return stood.get(stood.size() - 1).decision();
    }

    /** The decision as it stood at the instant, if it was recorded by then. */
    public java.util.Optional<OutsideMeeting> asOf(Instant instant) {
        OutsideMeeting then = null;
        for (Stood step : stood) {
            if (!step.recordedAt().isAfter(instant)) {
                then = step.decision();
            }
        }
        return java.util.Optional.ofNullable(then);
    }
}
