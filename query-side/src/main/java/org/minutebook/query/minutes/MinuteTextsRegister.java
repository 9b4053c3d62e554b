package org.minutebook.query.minutes;

import org.minutebook.events.business.MinuteBlock;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.Keys;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Register;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code minute-texts}: the words of each item's minute, listed for the search across meetings ("Newton Europe"
 * finds the item whose minute names them). A meeting's minutes are answered whole by the record itself, so this
 * register answers no query of one meeting. A minute's words are listed up to 64 KB (a minute of a megabyte is
 * found by its first pages), so a meeting's listing stays a light document.
 */
@Component
public class MinuteTextsRegister extends Register<MinuteTextRow> {

    static final String NAME = "minute-texts";
    static final int LONGEST_LISTED = 65_536;

    MinuteTextsRegister() {
        super(NAME, MinuteTextRow.class);
    }

    @Override
    public List<MinuteTextRow> rowsOf(MeetingRecord record) {
        return numbered(minuted(record, Fact.Minute.class), (minuted, order) -> new MinuteTextRow(
                Keys.of(record.meetingId(), minuted.fact().sequenceNumber()), minuted.where(record, order),
                words(minuted.fact().blocks())));
    }

    @Override
    public boolean answeredPerMeeting() {
        return false;
    }

    @Override
    public List<String> searchedBy() {
        return List.of("committeeId", "meetingDate", "exempt", "text");
    }

    private static String words(List<MinuteBlock> blocks) {
        String all = blocks.stream().flatMap(block -> Stream.concat(Stream.ofNullable(block.text()),
                        block.items() == null ? Stream.empty() : block.items().stream()))
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
        return all.length() <= LONGEST_LISTED ? all : all.substring(0, LONGEST_LISTED);
    }
}
