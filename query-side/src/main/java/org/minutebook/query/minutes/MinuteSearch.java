package org.minutebook.query.minutes;

import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.Listings;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the minutes searched across meetings: the minutes that hold the words (in any case), read from the
 * listings of the meetings that hold a match (never from every record), ranked by how often they say them, then
 * newest first; each with the passage around the first match, the words marked.
 */
@Component
public class MinuteSearch {

    /** How much of the minute is shown either side of the first match. */
    static final int AROUND = 160;

    private final MinuteTextsRegister register;
    private final Listings listings;

    MinuteSearch(MinuteTextsRegister register, Listings listings) {
        this.register = register;
        this.listings = listings;
    }

    /** A minute found: its row, how often it says the words, and the passage around the first time. */
    public record Found(MinuteTextRow minute, int times, List<Piece> passage) {
    }

    /** A piece of a passage: words as written, {@code marked} where they are the words searched for. */
    public record Piece(String text, boolean marked) {
    }

    public Paging.Page<Found> find(String words, Paging paging) {
        Pattern pattern = Pattern.compile(Pattern.quote(words.strip()), Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE);
        return paging.of(ranked(listings.all(register, Criteria.where().containing("text", words)
                .visibleToCaller()), pattern));
    }

    /** The minutes found, those that say the words most often first, then the newest meetings'. */
    static List<Found> ranked(List<MinuteTextRow> rows, Pattern pattern) {
        List<Found> found = new ArrayList<>();
        rows.forEach(row -> found.add(found(row, pattern)));
        found.sort(Comparator.comparingInt(Found::times).reversed()
                .thenComparing(hit -> hit.minute().where().meetingDate(),
                        Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())));
        return found;
    }

    static Found found(MinuteTextRow row, Pattern pattern) {
        String text = row.text();
        Matcher matcher = pattern.matcher(text);
        int times = 0;
        int first = -1;
        while (matcher.find()) {
            if (times++ == 0) {
                first = matcher.start();
            }
        }
        return new Found(row, times, passage(text, pattern, Math.max(0, first)));
    }

    /** The text around a place, cut at spaces, with each match of the words marked. */
    static List<Piece> passage(String text, Pattern pattern, int at) {
        int from = Math.max(0, at - AROUND);
        int to = Math.min(text.length(), at + AROUND * 2);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        String shown = text.substring(from, to).replace('\n', ' ');
        List<Piece> pieces = new ArrayList<>();
        if (from > 0) {
            pieces.add(new Piece("… ", false));
        }
        Matcher matcher = pattern.matcher(shown);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                pieces.add(new Piece(shown.substring(last, matcher.start()), false));
            }
            pieces.add(new Piece(matcher.group(), true));
            last = matcher.end();
        }
        if (last < shown.length()) {
            pieces.add(new Piece(shown.substring(last), false));
        }
        if (to < text.length()) {
            pieces.add(new Piece(" …", false));
        }
        return pieces;
    }
}
