package org.minutebook.query.decisions;

import java.time.Instant;
import java.util.List;

/**
 * The decisions taken outside meetings as they stood at an instant, for the register "as it stood": kept by the
 * executive's read model, which lists its decisions here (so this package does not depend on it back).
 */
public interface OutsideMeetings {

    /**
     * Each decision taken by the instant, as it then stood (a call-in, notice or correction recorded later not yet
     * there), as the register's row.
     */
    List<DecisionRow> takenAsOf(Instant asOf);
}
