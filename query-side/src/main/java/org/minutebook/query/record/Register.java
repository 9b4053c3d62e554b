package org.minutebook.query.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A meeting register: a pure function from the record to its rows, which are stored in the register's collection
 * (for queries across meetings) and answered straight from the record for one meeting. Rows are keyed, so a
 * meeting's rows are replaced by writing only those that changed.
 */
public abstract class Register<R extends Register.Row> {

    private final String name;
    private final Class<R> rowType;

    protected Register(String name, Class<R> rowType) {
        this.name = name;
        this.rowType = rowType;
    }

    /** A row, keyed within its register. */
    public interface Row {

        @JsonIgnore
        String id();
    }

    /** The collection the rows are kept in. */
    public final String name() {
        return name;
    }

    /** The type of its rows, as they are read back from storage. */
    public final Class<R> rowType() {
        return rowType;
    }

    /** The meeting's rows, in the order of the minutes. */
    public abstract List<R> rowsOf(MeetingRecord record);

    /**
     * What the register's query of one meeting answers ({@code /api/meetings/{id}/<register>}), from the meeting's
     * rows: the rows themselves, unless the register says otherwise. Rendered once per version
     * ({@link MeetingAnswers}).
     */
    public Object answerOf(List<R> rows) {
        return rows;
    }

    /**
     * Whether the register answers a query of one meeting, rendered with the meeting's answers; a register kept only
     * for queries across meetings (the words of minutes, which the minutes themselves answer) does not.
     */
    public boolean answeredPerMeeting() {
        return true;
    }

    /**
     * Whether each committee's rows are kept ready to be read page by page, newest meetings first
     * ({@link CommitteeRegisters}): for a register whose committee's pages are read often.
     */
    public boolean keptPerCommittee() {
        return false;
    }

    /**
     * The rows listed for queries across meetings ({@link Listings}): every row, each saying whether it is of an
     * exempt item ({@link Where#exempt()}), so that a query for the public leaves those out; or, for a register
     * whose rows are not of one item, the rows of the record as published.
     */
    public List<R> listedRowsOf(RecordRows rows) {
        return rows.all(this);
    }

    /**
     * The fields of its rows the register's queries across meetings look at (dotted paths into the row's JSON): a
     * meeting's listing keeps these of each row, beside the row's JSON, and nothing more, so that it stays a light
     * document to write and to read. A query looking at another field is refused as a fault of the code.
     */
    public List<String> searchedBy() {
        return List.of("committeeId", "meetingDate", "exempt");
    }

    /** The indexes the register's queries across meetings need (a real MongoDB uses them). */
    public List<Bson> indexes() {
        return List.of();
    }

    /** A row for each fact, in order, each told its place among the meeting's rows. */
    protected static <F, T> List<T> numbered(List<F> facts, BiFunction<F, Integer, T> row) {
        List<T> rows = new ArrayList<>();
        facts.forEach(fact -> rows.add(row.apply(fact, rows.size())));
        return rows;
    }

    /** The facts of a type minuted under the items, in agenda order, each with its item's place in the record. */
    protected static <F extends Fact> List<Minuted<F>> minuted(MeetingRecord record, Class<F> type) {
        List<Minuted<F>> minuted = new ArrayList<>();
        for (AgendaItem item : record.items()) {
            item.business().stream().filter(type::isInstance)
                    .forEach(fact -> minuted.add(new Minuted<>(item, type.cast(fact))));
        }
        return minuted;
    }

    /** A fact and the item it was minuted under. */
    protected record Minuted<F extends Fact>(AgendaItem item, F fact) {

        public Where where(MeetingRecord record, int order) {
            return Where.in(record, item, order);
        }
    }
}
