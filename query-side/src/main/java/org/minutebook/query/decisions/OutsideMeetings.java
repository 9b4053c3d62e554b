package org.minutebook.query.decisions;

import java.time.Instant;
import java.util.List;

/**
 * The decisions taken outside meetings as they stood at an instant, for the register "as it stood": kept by the
 * executive's read model, which lists its decisions here (so this package does not depend on it back).
 */
public interface OutsideMeetings {

    /**
     * Each decision taken by the instant, as its register row then stood (a call-in or notice recorded later not yet
     * there; corrected only by a correction recorded by then).
     */
    List<DecisionRow> takenAsOf(Instant asOf);
}
