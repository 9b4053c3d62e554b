package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.reader.layout.PageText;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.business.MinuteBlock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a published minutes page into {@link PublishedMinutes}. The page's shape — table rows, printed (PDF)
 * minutes with a PRESENT list, numbered ModernGov items, or unnumbered ones — decides how items are found; the
 * business of every item is then read the same way. Pure Java: no framework, no I/O.
 */
public final class MinutesReader {

    private static final Pattern CLOSED = Pattern.compile("(?i)\\b(?:the )?meeting (?:closed|finished|ended|"
            + "concluded|terminated|rose)(?: at)? (?<time>\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?\\s?m\\.?)");
    /** The meeting's close, the last sentence of a paragraph flattened from the page's last lines. */
    private static final Pattern CLOSING_SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?:There being no (?:other|further) "
            + "business,? )?(?:[Tt]he )?[Mm]eeting (?:closed|finished|ended|concluded|terminated)(?: at)? \\d{1,2}(?:[.:]"
            + "\\d{2})?\\s*[ap]\\.?\\s?m\\.?\\s*$");
    /** "The minutes of the meeting of the Children, Young People and Education Scrutiny Commission held on …" */
    private static final Pattern COMMITTEE_IN_MINUTES = Pattern.compile("\\bminutes of the (?:last |previous )?"
            + "meeting of the (?<committee>[A-Z][\\w’',&() -]+?) held on\\b");
    /**
     * A decision opening a sentence within a paragraph ("… For 7, Against 3, Abstain 1. RESOLVED that …", "… was
     * taken. It was RESOLVED that …"): a paragraph of its own, as a clerk sets a decision apart.
     */
    private static final Pattern DECISION_WITHIN = Pattern.compile("(?<=[.!?])\\s+(?=(?:It was\\s+)?(?:(?:unanimously|"
            + "UNANIMOUSLY)\\s+)?(?:RESOLVED|AGREED)\\b|(?:Resolved|Agreed)\\s*[:–—]|(?:Decisions?|DECISIONS?)\\s*:)");
    private static final Pattern FOLLOWING = Pattern.compile("(?i)\\bfor the (?:following|next|remaining) items?\\b");
    private static final Pattern EXEMPT = Pattern.compile("(?i)\\bparagraphs?\\s+(?<paragraph>\\d+[A-Z]?)\\s+of\\s+"
            + "(?:Part\\s+(?:1|I)\\s+of\\s+)?Schedule\\s+12A");

    private MinutesReader() {
    }

    /** Reads a page as its bytes come: HTML, PDF or text (see {@link PageText}). */
    public static PublishedMinutes read(byte[] page, PageFormat format) {
        return read(PageText.of(page, format));
    }

    public static PublishedMinutes read(String page) {
        List<Line> lines = Line.of(page);
        PageLayout layout = layoutOf(lines);
        List<ItemText> texts = withoutANumberAlone(layout.items());
        // a closing block (times, a date, CHAIRMAN) is how a printed page ends whole; blank lines after the last
        // words are no closing block ("… be confirmed." then "UNANIMOU" and a line break is still cut)
        ReadingWarning cutUnplaced = layout.trailer().stream().allMatch(Line::blank)
                ? markCutShort(lines, texts) : null;
        Heading heading = Heading.read(layout.heading());
        MeetingReading meeting = new MeetingReading(heading.committee());
        meeting.date = heading.date();
        meeting.warnings.addAll(layout.warnings());
        if (cutUnplaced != null) {
            meeting.warnings.add(cutUnplaced);
        }
        AttendanceReading.present(layout.present(), meeting);
        boolean staffListedApart = layout.lists().stream()
                .anyMatch(list -> list.kind() == AttendanceLists.Kind.OFFICERS);
        layout.lists().forEach(list -> AttendanceLists.read(list.kind(), list.entries(), staffListedApart, meeting));
        layout.heading().forEach(line -> AttendanceReading.standsIn(line.number(), line.text(), meeting));
        List<Item> items = new ArrayList<>();
        Exemption forTheNext = null;
        for (ItemText text : texts) {
            Item item = item(text, meeting, forTheNext);
            forTheNext = exemptsTheNext(text) ? exemption(text) : null;
            items.add(item);
        }
        if (meeting.closedAt == null) {
            // "The meeting closed at 9.22 p.m." where no item holds it: above a table of minutes, or in the head
            lines.stream().map(line -> CLOSED.matcher(line.text())).filter(Matcher::find).findFirst()
                    .ifPresent(closed -> meeting.closedAt = Dates.firstTime(closed.group("time")));
        }
        String trailer = Paragraph.tidy(String.join(" ", layout.trailer().stream().map(Line::text).toList()));
        List<LocalTime> trailerTimes = Dates.times(trailer);
        LocalTime openedAt = trailerTimes.size() == 2 ? trailerTimes.get(0) : null;
        LocalTime startsAt = heading.startsAt() != null ? heading.startsAt() : openedAt;
        LocalTime closedAt = meeting.closedAt != null ? meeting.closedAt : heading.closedAt() != null
                ? heading.closedAt() : trailerTimes.isEmpty() ? null : trailerTimes.get(trailerTimes.size() - 1);
        LocalDate date = heading.date() != null ? heading.date() : Dates.first(trailer);
        Person chair = meeting.chairNamed != null ? meeting.chairNamed
                : heading.chair() != null ? heading.chair() : meeting.chairMentioned;
        if (items.isEmpty()) {
            meeting.warn(1, "No items of business were found on the page");
        }
        String committee = heading.committee() != null ? heading.committee() : committeeOfItsMinutes(items, meeting);
        String title = heading.title() != null ? heading.title() : committee;
        MeetingDetails details = new MeetingDetails(committee, title, heading.council(),
                heading.special(), date, startsAt, openedAt, closedAt, heading.venue(), heading.contacts(), chair,
                heading.webcastUrl());
        meeting.warnings.sort(Comparator.comparingInt(ReadingWarning::line));
        return new PublishedMinutes(details, meeting.attendance(), items, meeting.warnings);
    }

    /**
     * A page without a heading (a table of items cut from its page) still confirms the committee's previous minutes,
     * naming the committee: "the minutes of the meeting of the … Commission held on 14 January 2025".
     */
    private static String committeeOfItsMinutes(List<Item> items, MeetingReading meeting) {
        for (Item item : items) {
            if (item.facts().stream().noneMatch(ItemFact.MinutesConfirmed.class::isInstance)) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            item.minute().forEach(block -> texts.add(block.text() == null ? "" : block.text()));
            texts.add(item.agendaText() == null ? "" : item.agendaText());
            for (String text : texts) {
                Matcher m = COMMITTEE_IN_MINUTES.matcher(text);
                // a name, not a word any body could be called by ("the Committee", "Cabinet", "the Fire Authority")
                if (m.find() && m.group("committee").split("\\s+").length >= 3) {
                    meeting.warn(item.line(), "The page has no heading: the committee is read from the minutes it "
                            + "confirms, \"" + m.group("committee") + "\"");
                    return m.group("committee");
                }
            }
        }
        return null;
    }

    /**
     * A page saved before it ended stops mid-sentence ("… the Chairman commented that she thought that the removal
     * of the"): its last item is cut short, and the record must say so rather than print the words as a whole minute.
     */
    private static ReadingWarning markCutShort(List<Line> lines, List<ItemText> items) {
        if (items.isEmpty() || !PageEnd.cutShort(lines)) {
            return null;
        }
        ItemText item = items.get(items.size() - 1);
        if (item.number == null && item.title == null) {
            // the page's items were not found: which of them the page stops in is not known, so no item is marked
            int last = lines.stream().filter(line -> !line.blank()).mapToInt(Line::number).max().orElse(0);
            return new ReadingWarning(last, "The page stops mid-sentence, in an item it does not number or title: "
                    + "no item is marked cut short");
        }
        while (!item.parts.isEmpty()) {
            item = item.parts.get(item.parts.size() - 1);
        }
        item.cutOff = true;
        return null;
    }

    /**
     * A number alone at the page's foot ("6" of an agenda's numbered list, the page saved before its words) is no item
     * of its own: the page stops in the item before it.
     */
    private static List<ItemText> withoutANumberAlone(List<ItemText> items) {
        if (items.size() < 2) {
            return items;
        }
        ItemText last = items.get(items.size() - 1);
        boolean numberAlone = last.number != null && (last.title == null || last.title.isBlank()) && last.agenda.isEmpty()
                && last.minute.isEmpty() && last.documents.isEmpty() && last.parts.isEmpty();
        return numberAlone ? items.subList(0, items.size() - 1) : items;
    }

    private static PageLayout layoutOf(List<Line> lines) {
        if (ItemPage.fits(lines)) {
            return ItemPage.read(lines);
        }
        if (TableRowsPage.fits(lines)) {
            return TableRowsPage.read(lines);
        }
        // printed minutes: a PRESENT list over numbered items (unnumbered headings are any page's)
        if (lines.stream().anyMatch(line -> line.text().strip().equals("PRESENT")) && GeneralPage.hasNumberedItems(lines)) {
            return PrintedPage.read(lines);
        }
        if (NumberedPage.fits(lines)) {
            return NumberedPage.read(lines);
        }
        boolean modernGov = HeadingEnd.after(lines) >= 0
                || lines.stream().anyMatch(line -> MinutesMark.opens(line.text().strip()));
        if (modernGov && !GeneralPage.hasNumberedItems(lines)) {
            return UnnumberedPage.read(lines);
        }
        return GeneralPage.read(lines);
    }

    /**
     * An item, exempt when its own text says so, or when the item before excluded the public "for the following
     * item" under Schedule 12A.
     */
    private static Item item(ItemText text, MeetingReading meeting, Exemption excludedBefore) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : text.minute) {
            Matcher closed = CLOSED.matcher(paragraph.text());
            if (closed.find()) {
                meeting.closedAt = Dates.firstTime(closed.group("time"));
                // "The meeting closed at 7.00pm." alone is the meeting's close, not the item's minute
                if (closed.replaceFirst("").replaceAll("[\\s.()]", "").isEmpty()) {
                    continue;
                }
            }
            String words = paragraph.text();
            Matcher closing = CLOSING_SENTENCE.matcher(words);
            if (closing.find() && closing.start() > 0) {
                // "… be made to the Scouts. The meeting closed at 8.30pm.": the close is no part of the minute
                words = words.substring(0, closing.start()).strip();
            }
            for (String part : DECISION_WITHIN.split(words)) {
                apartFromTallies(paragraphs, paragraph.line(), part);
            }
        }
        ItemReading reading = new ItemReading(text, paragraphs, meeting);
        AttendanceReading.read(reading);
        DeclarationReading.read(reading);
        PreviousMinutesReading.read(reading);
        StandingItemsReading.read(reading);
        QuestionReading.read(reading);
        ReportReading.read(reading);
        DecisionReading.read(reading);
        ElectionReading.read(reading);
        ArrivalsReading.read(reading);
        FollowUpReading.fromDiscussion(reading);
        FollowUpReading.futureMeetingDates(reading);
        List<ItemFact> facts = new ArrayList<>(reading.facts);
        facts.sort(Comparator.comparingInt(ItemFact::line));
        List<PlainText> plain = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (!reading.recognised.contains(p)) {
                plain.add(new PlainText(paragraphs.get(p).line(), paragraphs.get(p).text()));
            }
        }
        List<Item> parts = new ArrayList<>();
        for (ItemText part : text.parts) {
            parts.add(item(part, meeting, null));
        }
        List<MinuteBlock> blocks = MinuteBlocks.of(paragraphs);
        Exemption exemption = exemptsTheNext(text) ? null : exemption(text);
        return new Item(text.line, text.number, text.title, text.agendaText(), text.documents,
                exemption != null ? exemption : excludedBefore,
                blocks, text.cutOff, facts, plain, parts);
    }

    /** A vote's tally printed after a decision's words ("… be increased. Votes: Against 2, For 5") is a line apart. */
    private static void apartFromTallies(List<Paragraph> paragraphs, int line, String text) {
        if (Sentences.of(text).stream().noneMatch(Tally::alone)) {
            paragraphs.add(new Paragraph(line, text));
            return;
        }
        StringBuilder before = new StringBuilder();
        for (String sentence : Sentences.of(text)) {
            if (Tally.alone(sentence)) {
                if (!before.isEmpty()) {
                    paragraphs.add(new Paragraph(line, before.toString().strip()));
                    before.setLength(0);
                }
                paragraphs.add(new Paragraph(line, sentence));
            } else {
                before.append(' ').append(sentence);
            }
        }
        if (!before.isEmpty()) {
            paragraphs.add(new Paragraph(line, before.toString().strip()));
        }
    }

    private static boolean exemptsTheNext(ItemText text) {
        return exemption(text) != null && FOLLOWING.matcher(allText(text)).find();
    }

    private static String allText(ItemText text) {
        return (text.agendaText() == null ? "" : text.agendaText()) + " "
                + String.join(" ", text.minute.stream().map(Paragraph::text).toList());
    }

    private static Exemption exemption(ItemText text) {
        String all = allText(text);
        Matcher m = EXEMPT.matcher(all);
        if (!m.find()) {
            return null;
        }
        String reason = Sentences.of(all.strip()).stream().filter(s -> EXEMPT.matcher(s).find()).findFirst()
                .orElse(null);
        return new Exemption(m.group("paragraph"), reason);
    }
}
