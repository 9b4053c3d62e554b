package org.minutebook.query.minutes;

import org.bson.Document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The minutes document worded as published minutes are: "held at County Hall, Glenfield on Wednesday, …". */
public final class PrintableMinutes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Document record;

    PrintableMinutes(Document record) {
        this.record = record;
    }

    public Document record() {
        return record;
    }

    public String heading() {
        String kind = Boolean.TRUE.equals(record.getBoolean("special")) ? "a special meeting" : "a meeting";
        return "Minutes of " + kind + " of the " + record.getString("title") + " held at " + record.getString("venue")
                + " on " + day(record.getString("openedAt") != null ? record.getString("openedAt")
                : record.getString("startsAt")) + ".";
    }

    public List<String> present() {
        return names("present", "member");
    }

    public List<String> apologies() {
        return names("apologies", "member");
    }

    public List<String> substitutes() {
        Document attendance = record.get("attendance", Document.class);
        return attendance.getList("substitutes", Document.class).stream()
                .map(substitute -> substitute.get("substitute", Document.class).getString("name")
                        + " substituted for " + memberName(substitute.getString("forMemberId")))
                .toList();
    }

    public List<Document> officers() {
        return record.get("attendance", Document.class).getList("officers", Document.class);
    }

    public List<Document> others() {
        return record.get("attendance", Document.class).getList("others", Document.class);
    }

    public List<Document> items() {
        return record.getList("items", Document.class);
    }

    public List<Document> generalDeclarations() {
        return record.getList("generalDeclarations", Document.class);
    }

    public List<Document> corrections() {
        return record.getList("corrections", Document.class);
    }

    /** "9.30am – 12.12pm", or the start alone while the meeting is not closed. */
    public String sittingTimes() {
        String opened = record.getString("openedAt");
        String closed = record.getString("closedAt");
        if (opened == null) {
            return null;
        }
        return closed == null ? time(opened) : time(opened) + " – " + time(closed);
    }

    public String closingLine() {
        String closed = record.getString("closedAt");
        return closed == null ? null : "The meeting closed at " + time(closed) + ".";
    }

    public String meetingDate() {
        String at = record.getString("openedAt") != null ? record.getString("openedAt") : record.getString("startsAt");
        return LocalDateTime.parse(at).format(DATE);
    }

    public String signedBy() {
        Document confirmation = record.get("minutesConfirmation", Document.class);
        if (confirmation == null || confirmation.get("signedBy") == null) {
            return null;
        }
        return confirmation.get("signedBy", Document.class).getString("name");
    }

    /**
     * Whether the clerk minuted the item in words: then its minute says what the recorded facts would (the
     * report considered, "No declarations were made."), and the page does not say it twice.
     */
    public boolean minuted(Document item) {
        return item.getList("business", Document.class).stream().anyMatch(fact -> "minute".equals(fact.get("fact")));
    }

    public String label(Document item) {
        return item.getString("number") == null ? "" : item.getString("number") + ".";
    }

    public String date(String isoDate) {
        return isoDate == null ? "" : LocalDate.parse(isoDate.substring(0, 10)).format(DATE);
    }

    public String dateTime(String isoDateTime) {
        LocalDateTime at = LocalDateTime.parse(isoDateTime);
        return at.format(DATE) + " at " + time(isoDateTime);
    }

    /** A name that opens with "The" read mid-sentence: "a report of the Director of …", not "of The Director". */
    public String inSentence(String phrase) {
        return phrase != null && phrase.startsWith("The ") ? "the " + phrase.substring(4) : phrase;
    }

    /** Minute text keeps its paragraphs. */
    public List<String> paragraphs(String text) {
        return text == null ? List.of() : List.of(text.split("\\n\\s*\\n"));
    }

    private List<String> names(String list, String field) {
        return record.get("attendance", Document.class).getList(list, Document.class).stream()
                .map(entry -> entry.get(field, Document.class).getString("name")
                        + (isChair(entry.get(field, Document.class)) ? " (in the Chair)" : ""))
                .toList();
    }

    private boolean isChair(Document person) {
        Document chair = record.get("chair", Document.class);
        return chair != null && Objects.equals(chair.getString("id"), person.getString("id"))
                && Objects.equals(chair.getString("name"), person.getString("name"));
    }

    private String memberName(String memberId) {
        return record.get("attendance", Document.class).getList("apologies", Document.class).stream()
                .map(apology -> apology.get("member", Document.class))
                .filter(member -> memberId.equals(member.getString("id")))
                .map(member -> member.getString("name"))
                .findFirst().orElse(memberId);
    }

    private static String day(String isoDateTime) {
        return LocalDateTime.parse(isoDateTime).format(DAY);
    }

    /** Times as minutes write them: "9.30am", "2.00pm", "12.12pm". */
    static String time(String isoDateTime) {
        LocalTime time = LocalDateTime.parse(isoDateTime).toLocalTime();
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + "." + String.format("%02d", time.getMinute()) + (time.getHour() < 12 ? "am" : "pm");
    }
}
