package org.minutebook.query.record;

import java.util.List;

/**
 * A read model kept across meetings from the meetings that changed in a batch (the people they name, by council),
 * where a register's rows, one meeting at a time, would not do. Written with the batch, beside the listings and
 * before the meetings' answers, so a batch tried again writes it again: its writes must be keyed, changing nothing
 * twice.
 */
public interface AcrossMeetings {

    /** Writes what the changed meetings change: each as it now stands, for everyone and for the public. */
    void write(List<RecordRows> changed);
}
