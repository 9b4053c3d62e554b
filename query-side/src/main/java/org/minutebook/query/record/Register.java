package org.minutebook.query.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.bson.conversions.Bson;

import java.util.List;

/**
 * A meeting register: a pure function from the record to its rows, which are stored in the register's collection
 * (for queries across meetings) and answered straight from the record for one meeting. Rows are keyed, so a
 * meeting's rows are replaced by writing only those that changed.
 */
public interface Register<R extends Register.Row> {

    /** The collection the rows are kept in. */
    String name();

    /** The meeting's rows, in the order of the minutes. */
    List<R> rowsOf(MeetingRecord record);

    /** The indexes the register's queries across meetings need (a real MongoDB uses them). */
    default List<Bson> indexes() {
        return List.of();
    }

    /** A row, keyed within its register. */
    interface Row {

        @JsonIgnore
        String id();
    }
}
