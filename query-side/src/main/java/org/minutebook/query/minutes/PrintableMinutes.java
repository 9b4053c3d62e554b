package org.minutebook.query.minutes;

import org.minutebook.events.Person;
import org.minutebook.events.agenda.AgendaDocument;
import org.minutebook.events.business.FutureMeetingDate;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.AmendmentOutcome;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.QuorumCount;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.events.sitting.Sitting;
import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.MeetingStatus;
import org.minutebook.query.record.MinutesStage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * The record worded as published minutes are ("held at County Hall, Glenfield on Wednesday, …"): only what was
 * recorded, people as the record writes them, and a time or date the record does not state said to be not
 * stated, never guessed.
 */
public final class PrintableMinutes {

    static final String NOT_STATED = "not stated";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /**
     * An amendment as the minutes print it.
     *
     * @param heading "Amendment 1"
     * @param moved   "An amendment was moved by … and seconded by …:"
     * @param text    its words
     * @param outcome what became of it, and its votes
     */
    public record AmendmentMinute(String heading, String moved, String text, List<String> outcome) {
    }

    /** One line of a decision's details: "Reasons for the decision", and what was stated. */
    public record Detail(String label, String value) {
    }

    private static final Map<Ballot, String> BALLOTS = Map.of(Ballot.FOR, "For", Ballot.AGAINST, "Against",
            Ballot.ABSTAIN, "Abstaining", Ballot.ABSENT, "Absent", Ballot.DID_NOT_VOTE, "Did not vote");
    /**
     * What the signature block says when the clerk does not give it: what minutebook printed before the office could
     * be given, so that minutes recorded then print as they did.
     */
    static final String SIGNATURE_ROLE = "CHAIRMAN";

    private final MeetingRecord record;
    private final List<AttendanceLines.Line> attendance;
    private final Map<String, Person> presidingFrom;

    public PrintableMinutes(MeetingRecord record) {
        this.record = record;
        this.attendance = AttendanceLines.of(record);
        this.presidingFrom = presidingFrom(record);
    }

    /**
     * The items at which someone other than whoever presided at the item before them (or opened the meeting) took
     * the chair, in agenda order: {@link Sitting}, as the rules read it.
     */
    private static Map<String, Person> presidingFrom(MeetingRecord record) {
        Sitting sitting = record.sitting();
        Map<String, Person> changes = new HashMap<>();
        Person before = record.chair();
        for (AgendaItem item : record.items()) {
            Person presiding = sitting.presiding(item.itemId());
            if (presiding != null && (before == null || !before.sameAs(presiding))) {
                changes.put(item.itemId(), presiding);
            }
            before = presiding;
        }
        return changes;
    }

    public MeetingRecord record() {
        return record;
    }

    public String heading() {
        String kind = record.special() ? "a special meeting" : "a meeting";
        LocalDateTime at = record.openedAt() != null ? record.openedAt() : record.startsAt();
        return "Minutes of " + kind + " of the " + record.title() + " held at "
                + (record.venue() == null ? "a place " + NOT_STATED : record.venue()) + " on "
                + (at == null ? "a date " + NOT_STATED : at.format(DAY)) + ".";
    }

    /** Said while no later meeting has confirmed the minutes. */
    public String draftNotice() {
        return record.minutesStage() == MinutesStage.DRAFT ? "Draft minutes — subject to confirmation" : null;
    }

    public List<String> present() {
        return lines(AttendanceLines.Section.PRESENT);
    }

    public List<String> apologies() {
        return lines(AttendanceLines.Section.APOLOGIES);
    }

    public List<String> substitutes() {
        return lines(AttendanceLines.Section.SUBSTITUTES);
    }

    /** Apologies, at this meeting, for absences from earlier ones, in the words recorded. */
    public List<String> earlierAbsences() {
        return lines(AttendanceLines.Section.EARLIER_ABSENCES);
    }

    /** "Vice-Chair: Cllr Bonham"; "In the Chair from item 131: Cllr Bonham". */
    public List<String> roles() {
        return record.roles().stream().map(role -> switch (role.role()) {
            case VICE_CHAIR -> "Vice-Chair: " + written(role.person());
            case CHAIR -> "In the Chair" + (role.fromItemId() == null ? "" : " from item "
                    + record.item(role.fromItemId()).map(this::label).filter(label -> !label.isEmpty())
                    .orElse(role.fromItemId())) + ": " + written(role.person());
        }).toList();
    }

    /** "Mr. J. Kaufman CC in the Chair.", printed at an item from which someone else presided. */
    public String inTheChair(AgendaItem item) {
        Person presiding = presidingFrom.get(item.itemId());
        return presiding == null ? null : written(presiding) + " in the Chair.";
    }

    /** Officers, then others in attendance, each with the post or capacity recorded. */
    public List<String> inAttendance() {
        List<String> lines = new ArrayList<>(lines(AttendanceLines.Section.OFFICERS));
        lines.addAll(lines(AttendanceLines.Section.OTHERS_IN_ATTENDANCE));
        return lines;
    }

    /** Who arrived late or left early during the item, printed under it. */
    public List<String> arrivalsAndDepartures(AgendaItem item) {
        return attendance.stream().filter(line -> line.section() == AttendanceLines.Section.DURING_AN_ITEM
                && item.itemId().equals(line.itemId())).map(AttendanceLines.Line::text).toList();
    }

    /** A late arrival or early departure during an item the record does not hold: printed with the attendance. */
    public List<String> arrivalsAndDeparturesElsewhere() {
        return attendance.stream().filter(line -> line.section() == AttendanceLines.Section.DURING_AN_ITEM
                        && record.item(line.itemId()).isEmpty())
                .map(line -> line.text().replace("this item", "item [" + line.itemId() + "]")).toList();
    }

    /** The items that are not part of another, in agenda order. */
    public List<AgendaItem> items() {
        return record.items().stream()
                .filter(item -> item.parentItemId() == null || record.item(item.parentItemId()).isEmpty())
                .toList();
    }

    /** Whether anything is minuted under any item: the meeting's page is then its "Agenda and minutes". */
    public boolean anythingMinuted() {
        return record.items().stream().anyMatch(item -> !item.business().isEmpty());
    }

    /** The parts of an item ("8(a)" of "8"), printed within it. */
    public List<AgendaItem> parts(AgendaItem item) {
        return record.items().stream().filter(part -> item.itemId().equals(part.parentItemId())).toList();
    }

    public String label(AgendaItem item) {
        return item.number() == null ? "" : item.number() + ".";
    }

    /** An item's title; business under an item the agenda does not hold is printed under its id. */
    public String title(AgendaItem item) {
        return item.onAgenda() ? item.title() : "[" + item.itemId() + "]";
    }

    /**
     * Whether the clerk minuted the item in words: then its minute says what the recorded facts would (the
     * report considered, "No declarations were made."), and the page does not say it twice.
     */
    public boolean minuted(AgendaItem item) {
        return item.business().stream().anyMatch(fact -> fact instanceof Fact.Minute);
    }

    /** A follow-up a decision asked for is in the decision's words already; one minuted without a decision is not. */
    public boolean ownWords(Fact.FollowUp followUp) {
        return followUp.resolutionId() == null;
    }

    /** A further report as asked for: its subject, then the body and the day it goes to when they were given. */
    public String furtherReport(Fact.FurtherReport report) {
        String to = Stream.of(report.toBody(), report.dueMeetingDate() == null ? null : date(report.dueMeetingDate()))
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        return to.isEmpty() ? report.subject() : report.subject() + " (" + to + ")";
    }

    /**
     * A vote as recorded: how it was taken, the counts given, each member's name under how they stood (a recorded
     * vote names those absent and not voting too), and the casting vote of whoever presided.
     */
    public List<String> vote(Vote vote) {
        List<String> lines = new ArrayList<>();
        if (vote == null) {
            return lines;
        }
        List<String> counts = new ArrayList<>();
        count(counts, vote.votesFor(), "for");
        count(counts, vote.against(), "against");
        count(counts, vote.abstentions(), "abstaining");
        String taken = vote.method() == null ? "Vote" : switch (vote.method()) {
            case SHOW_OF_HANDS -> "On a show of hands";
            case RECORDED -> "A recorded vote was taken";
            case ELECTRONIC -> "By electronic vote";
        };
        if (!counts.isEmpty()) {
            lines.add(taken + ": " + String.join(", ", counts) + ".");
        } else if (vote.method() != null) {
            lines.add(taken + ".");
        }
        for (Ballot ballot : Ballot.values()) {
            String members = vote.memberVotes().stream().filter(cast -> cast.ballot() == ballot)
                    .map(cast -> written(cast.member())).collect(Collectors.joining(", "));
            if (!members.isEmpty()) {
                lines.add(BALLOTS.get(ballot) + ": " + members + ".");
            }
        }
        MemberVote casting = vote.castingVote();
        if (casting != null) {
            lines.add("Casting vote: " + written(casting.member()) + " ("
                    + BALLOTS.get(casting.ballot()).toLowerCase(Locale.UK) + ").");
        }
        return lines;
    }

    /** "It was moved by Mr. J. Kaufman CC and seconded by Mr. I. E. G. Bentley CC"; null when neither is minuted. */
    public String moved(Fact.Motion motion) {
        return moved("It was", motion.movedBy(), motion.secondedBy());
    }

    /** Each amendment as council minutes tell it: who moved it, its words, what became of it and how it was voted. */
    public List<AmendmentMinute> amendments(Fact.Motion motion) {
        List<AmendmentMinute> minutes = new ArrayList<>();
        for (Amendment amendment : motion.amendments()) {
            List<String> outcome = new ArrayList<>();
            amendment.earlierVotes().forEach(earlier -> outcome.addAll(vote(earlier)));
            outcome.add(switch (amendment.outcome()) {
                case CARRIED -> "The amendment was put to the vote and CARRIED.";
                case LOST -> "The amendment was put to the vote and LOST.";
                case WITHDRAWN -> "The amendment was withdrawn.";
                case ACCEPTED -> "The mover of the motion accepted the amendment, which became part of the"
                        + " substantive motion.";
            });
            outcome.addAll(vote(amendment.vote()));
            String moved = moved("An amendment was", amendment.movedBy(), amendment.secondedBy());
            minutes.add(new AmendmentMinute("Amendment " + amendment.amendmentId(),
                    (moved == null ? "An amendment was moved" : moved) + ":", amendment.text(), outcome));
        }
        return minutes;
    }

    /**
     * After its amendments, the motion put to the vote: "The substantive motion, as amended, was put to the vote
     * and CARRIED."; with the votes taken on it before the deciding one. Nothing when no amendment was moved.
     */
    public List<String> substantive(Fact.Motion motion) {
        List<String> lines = new ArrayList<>();
        if (motion.amendments().isEmpty()) {
            motion.earlierVotes().forEach(earlier -> lines.addAll(vote(earlier)));
            return lines;
        }
        boolean amended = motion.amendments().stream().anyMatch(amendment -> amendment.outcome()
                == AmendmentOutcome.CARRIED || amendment.outcome() == AmendmentOutcome.ACCEPTED);
        motion.earlierVotes().forEach(earlier -> lines.addAll(vote(earlier)));
        lines.add("The substantive motion" + (amended ? ", as amended," : "") + " was put to the vote and "
                + (motion.carried() ? "CARRIED." : "LOST."));
        return lines;
    }

    /** "This decision was taken without a quorum: 4 members were present, where the quorum is 5."; or null. */
    public String withoutQuorum(Fact.Motion motion) {
        QuorumCount count = motion.withoutQuorum();
        return count == null ? null : "This " + (motion.carried() ? "decision" : "vote") + " was taken without a"
                + " quorum: " + count.present() + " members were present, where the quorum is " + count.quorum() + ".";
    }

    /** The statutory record as ModernGov's decision details print it, only what was stated. */
    public List<Detail> decisionDetails(StatutoryRecord statutory) {
        return DecisionDetails.of(statutory, this::date);
    }

    /** "9.30am – 12.12pm" once the meeting has sat (the start alone until it closes); a time not stated is said so. */
    public String sittingTimes() {
        // a sitting whose times the page never gives prints none ("time not stated – time not stated" says nothing)
        if (!hasSat() || record.openedAt() == null && record.closedAt() == null) {
            return null;
        }
        String opened = time(record.openedAt());
        return closed() ? opened + " – " + time(record.closedAt()) : opened;
    }

    /** "The meeting closed at 7.00pm."; past midnight, "… at 12.20am on Wednesday, 3 November 2021." */
    public String closingLine() {
        if (!closed()) {
            return null;
        }
        // the minutes print the time the meeting closed when it was recorded, and no sentence of their own otherwise
        return record.closedAt() == null ? null : "The meeting closed at " + time(record.closedAt())
                + (record.closedOn() == null ? "" : " on " + record.closedOn().format(DAY)) + ".";
    }

    /** The office the signature block names, as the page writes it ("CHAIRMAN", "Mayor"); CHAIRMAN when not given. */
    public String signatureRole() {
        return record.signatureRole() == null ? SIGNATURE_ROLE : record.signatureRole();
    }

    public String meetingDate() {
        return record.date() == null ? "Date " + NOT_STATED : record.date().format(DATE);
    }

    public String signedBy() {
        return record.minutesConfirmation().map(Fact.MinutesConfirmation::signedBy).map(PrintableMinutes::written)
                .orElse(null);
    }

    public String date(LocalDate date) {
        return date == null ? NOT_STATED : date.format(DATE);
    }

    public String dateTime(LocalDateTime at) {
        return at == null ? NOT_STATED : at.format(DATE) + " at " + time(at);
    }

    /** A future meeting as noted: its day, and its time only when the minutes gave one. */
    public String futureDate(FutureMeetingDate noted) {
        return noted.time() == null ? date(noted.date()) : date(noted.date()) + " at " + time(noted.time());
    }

    /** A name that opens with "The" read mid-sentence: "a report of the Director of …", not "of The Director". */
    public String inSentence(String phrase) {
        return phrase != null && phrase.startsWith("The ") ? "the " + phrase.substring(4) : phrase;
    }

    /** A document as the agenda lists it: "Adoption Service Annual Report … (PDF 238 KB)", "Additional documents". */
    public String document(AgendaDocument document) {
        String described = String.join(" ", Stream.of(document.format(), document.size())
                .filter(Objects::nonNull).toList());
        String title = document.title() != null ? document.title() : document.additional() ? "Additional documents"
                : "A document";
        return described.isEmpty() ? title : title + " (" + described + ")";
    }

    /** What the meeting considered, as the agenda form says it, for an item minuted in no words of its own. */
    public String considered(Fact.Report report) {
        String by = report.submittedBy() != null ? inSentence(report.submittedBy())
                : report.presentedBy().stream().map(PrintableMinutes::written).reduce((a, b) -> a + " and " + b)
                .orElse(null);
        String what = switch (report.form()) {
            case REPORT -> "a report";
            case BRIEFING_NOTE -> "a briefing note";
            case PRESENTATION -> "a presentation";
            case VERBAL_UPDATE -> "a verbal update";
        };
        return "The Committee considered " + what + (by == null ? "" : " of " + by) + (report.reference() != null
                ? ". A copy of the report marked ‘" + report.reference() + "’ is filed with these minutes." : ".");
    }

    /** A person as the record writes them: name, office, or both. */
    public static String written(Person person) {
        return person == null || person.asWritten() == null ? NOT_STATED : person.asWritten();
    }

    /** Times as minutes write them: "9.30am", "2.00pm", "12.12pm". */
    static String time(LocalDateTime at) {
        return time(at == null ? null : at.toLocalTime());
    }

    public static String time(LocalTime time) {
        if (time == null) {
            return "time " + NOT_STATED;
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + "." + String.format("%02d", time.getMinute()) + (time.getHour() < 12 ? "am" : "pm");
    }

    private boolean closed() {
        return record.status() == MeetingStatus.CLOSED;
    }

    private boolean hasSat() {
        return record.status() != null && switch (record.status()) {
            case OPEN, ADJOURNED, CLOSED -> true;
            case SCHEDULED, CANCELLED -> false;
        };
    }

    private List<String> lines(AttendanceLines.Section section) {
        return attendance.stream().filter(line -> line.section() == section).map(AttendanceLines.Line::text).toList();
    }

    private static String moved(String opening, Person mover, Person seconder) {
        if (mover == null && seconder == null) {
            return null;
        }
        return opening + (mover == null ? "" : " moved by " + written(mover))
                + (mover != null && seconder != null ? " and" : "")
                + (seconder == null ? "" : " seconded by " + written(seconder));
    }

    private static void count(List<String> counts, Integer votes, String how) {
        if (votes != null) {
            counts.add(votes + " " + how);
        }
    }
}
