package org.minutebook.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minutes of an earlier meeting: confirmed ("taken as read, confirmed and signed", "be confirmed as a correct
 * record", "signed as a true record"), with corrections noted to them; an error found in older minutes; no
 * matters arising.
 */
final class PreviousMinutesReading {

    /** "Minutes", and as Scottish bodies call theirs, "the Minute", "the Note of Meeting". */
    private static final String MINUTES = "(?:minutes?|note of (?:the )?meeting)";
    /**
     * A confirmation in any wording, whoever resolves it: "RESOLVED The minutes … be approved" and "Council resolved
     * to approve the minutes of …" alike are the confirmation alone, as the corpus's convention writes them. Not
     * "adopt the minutes": tried, it invented a confirmation on a page never looked at. A record is also "a correct
     * statement of events" or "a true account", and a board that "agreed the minutes of the meeting" confirmed them
     * (not one that "agreed the minutes of the working group should be circulated").
     */
    private static final Pattern CONFIRMED = Pattern.compile("(?i)\\b" + MINUTES + "\\b.*\\b(?:confirmed|approved|signed|"
            + "agreed as|agreed by|accepted as)\\b|\\b(?:correct|true|accurate) (?:records?|statement|account)\\b|\\bto "
            + "confirm the minutes\\b|\\b(?:approved?|confirmed) the minutes?\\b|\\bagreed the minutes of the (?:last |previous "
            + "|\\w+ )?meeting\\b");
    /**
     * "The Note of Meeting of 14 November 2007", "Minute of meeting of the Local Licensing Forum of 24 January 2017",
     * "the Regional Council Minutes - 23 October 2024".
     */
    private static final Pattern MINUTES_NAMED = Pattern.compile("(?i)\\b" + MINUTES + "\\s+(?:of\\b|[–—-]\\s)");
    /** How far after "Minute of" the day it names is looked for. */
    private static final int NAMED_DAY_WITHIN = 80;
    private static final Pattern THIS_CONFIRMED = Pattern.compile("(?i)^(?:this|these|they|which) (?:was|were) "
            + "(?:duly )?(?:confirmed|approved|agreed)\\.?$");
    private static final Pattern LEADING_DAY = Pattern.compile("^(?<which>[^.:–—-]{4,40}?)\\s[–—-]\\s");
    private static final Pattern HELD_ON = Pattern.compile("(?i)\\bheld on\\s+");
    private static final Pattern ERROR = Pattern.compile("(?i)\\b(?:error|erroneous(?:ly)?|incorrect(?:ly)?|"
            + "mistaken(?:ly)?|should have read|should read|amended to read)\\b");
    private static final Pattern SUBJECT_TO = Pattern.compile("(?i)\\bsubject to (?:the following |the |an? )?"
            + "(?:amendments?|corrections?|alterations?)\\s*(?:[:,–-]|that|of\\b)?\\s*(?<what>[^.]+)");
    private static final Pattern NO_MATTERS = Pattern.compile("(?i)\\bno matters arising\\b");

    private PreviousMinutesReading() {
    }

    static void read(ItemReading item) {
        for (int p = 0; p < item.paragraphs.size(); p++) {
            String paragraph = item.text(p);
            int line = item.line(p);
            // "confirmed as a correct record, subject to the correction of … to read …": the error is noted to the
            // minutes it confirms, a confirmation, not a correction of older minutes
            boolean confirmedSubjectTo = CONFIRMED.matcher(paragraph).find() && SUBJECT_TO.matcher(paragraph).find();
            if (ERROR.matcher(paragraph).find() && paragraph.toLowerCase(Locale.ROOT).contains("minutes")
                    && Dates.first(paragraph) != null && !confirmedSubjectTo) {
                item.fact(p, new ItemFact.EarlierMinutesCorrection(line, Dates.first(paragraph), paragraph));
                continue;
            }
            for (String sentence : Sentences.of(paragraph)) {
                if (NO_MATTERS.matcher(sentence).find()) {
                    item.fact(p, new ItemFact.NoMattersArising(line, sentence));
                } else if (THIS_CONFIRMED.matcher(sentence).matches() && item.subject().contains("minutes")
                        && !item.has(ItemFact.MinutesConfirmed.class)) {
                    // "This was confirmed.", under an item on the minutes of a meeting
                    List<LocalDate> dates = Dates.heldOn(item.subject());
                    item.fact(p, new ItemFact.MinutesConfirmed(line, dates.isEmpty() ? null : dates.get(0), false,
                            false, List.of(), null, null));
                } else if (CONFIRMED.matcher(sentence).find() && confirmsMinutes(item, sentence)
                        && !item.has(ItemFact.MinutesConfirmed.class)) {
                    // who moved it is named before, or after in its paragraph ("… the Board agreed the minutes of the
                    // meeting held on 21 March 2019. … Mr Davison seconded this proposal")
                    String around = (p > 0 ? item.text(p - 1) + " " : "") + (p > 1 ? item.text(p - 2) + " " : "")
                            + sentence + " " + afterIn(paragraph, sentence);
                    // a confirmation moved and seconded ("an amendment proposed by …" alone moved nothing)
                    boolean seconded = Movers.seconder(around) != null;
                    List<LocalDate> dates = confirmedDays(item, paragraph, sentence);
                    for (LocalDate date : dates.isEmpty() ? java.util.Collections.<LocalDate>singletonList(null)
                            : dates) {
                        item.fact(p, new ItemFact.MinutesConfirmed(line, date,
                                sentence.toLowerCase(Locale.ROOT).contains("taken as read"),
                                sentence.toLowerCase(Locale.ROOT).contains("signed"), corrections(sentence),
                                seconded ? Movers.mover(around) : null, seconded ? Movers.seconder(around) : null));
                    }
                }
            }
        }
        correctionsOfTheMinutesConfirmed(item);
    }

    private static String afterIn(String paragraph, String sentence) {
        int at = paragraph.indexOf(sentence);
        return at < 0 ? "" : paragraph.substring(at + sentence.length());
    }

    /**
     * The days of the meetings whose minutes a sentence confirms: "held on …" in it, else the day its paragraph names
     * them by before it ("… the Note of Meeting of 18 March 2008, his apology was not included. … The Minute was
     * approved"), else the meeting the item's title names ("The above minutes were accepted as a true record").
     */
    private static List<LocalDate> confirmedDays(ItemReading item, String paragraph, String sentence) {
        List<LocalDate> dates = Dates.heldOn(sentence);
        if (dates.isEmpty()) {
            dates = namedDay(sentence);
        }
        if (dates.isEmpty()) {
            int at = paragraph.indexOf(sentence);
            dates = namedDay(at > 0 ? paragraph.substring(0, at) : "");
        }
        Matcher leading = LEADING_DAY.matcher(sentence);
        if (dates.isEmpty() && leading.lookingAt()) {
            // "Full Council 21/6/2022 - Proposed … that the minutes be approved": the meeting named before the dash
            LocalDate day = Dates.first(leading.group("which")) != null ? Dates.first(leading.group("which"))
                    : Dates.firstNumeric(leading.group("which"));
            dates = day == null ? dates : List.of(day);
        }
        if (dates.isEmpty()) {
            dates = Dates.heldOn(item.subject());
        }
        if (dates.isEmpty()) {
            dates = namedDay((item.item.title == null ? "" : item.item.title) + " "
                    + (item.item.agendaText() == null ? "" : item.item.agendaText()));
        }
        return dates;
    }

    private static List<LocalDate> namedDay(String text) {
        Matcher named = MINUTES_NAMED.matcher(text);
        LocalDate day = null;
        while (named.find()) {
            LocalDate found = Dates.first(text.substring(named.end(), Math.min(text.length(),
                    named.end() + NAMED_DAY_WITHIN)));
            day = found != null ? found : day;
        }
        return day == null ? List.of() : List.of(day);
    }

    /**
     * Minutes of this body's meetings, not another's: "the minutes of the meeting of Cabinet" confirmed by the
     * Council are received, not confirmed, and "the minutes of the Licensing Sub-Committee" are noted.
     */
    private static boolean confirmsMinutes(ItemReading item, String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return s.matches("(?s).*\\b" + MINUTES + "\\b.*") && !s.matches(".*\\b(?:received for information|noted|note the minutes|"
                + "receive the minutes)\\b.*") && !s.matches(".*\\bminutes of the (?:meetings? of the )?(?:licensing "
                + "sub.committee|[a-z ]+ sub-committee)\\b.*");
    }

    private static List<String> corrections(String sentence) {
        List<String> corrections = new ArrayList<>();
        Matcher m = SUBJECT_TO.matcher(sentence);
        if (m.find()) {
            corrections.add(Sentences.withoutStop(m.group("what")));
        }
        return corrections;
    }

    /** An error noted in the very minutes confirmed is a correction noted to them, not to older minutes. */
    private static void correctionsOfTheMinutesConfirmed(ItemReading item) {
        item.facts.stream().filter(ItemFact.MinutesConfirmed.class::isInstance)
                .map(ItemFact.MinutesConfirmed.class::cast).findFirst().ifPresent(confirmed -> {
                    List<ItemFact.EarlierMinutesCorrection> same = item.facts.stream()
                            .filter(ItemFact.EarlierMinutesCorrection.class::isInstance)
                            .map(ItemFact.EarlierMinutesCorrection.class::cast)
                            .filter(c -> c.meetingDate().equals(confirmed.meetingDate())).toList();
                    if (same.isEmpty()) {
                        return;
                    }
                    List<String> noted = new ArrayList<>(confirmed.correctionsNoted());
                    same.forEach(c -> noted.add(c.text()));
                    item.facts.removeAll(same);
                    item.facts.set(item.facts.indexOf(confirmed), new ItemFact.MinutesConfirmed(confirmed.line(),
                            confirmed.meetingDate(), confirmed.takenAsRead(), confirmed.signed(), noted,
                            confirmed.movedBy(), confirmed.secondedBy()));
                });
    }
}
