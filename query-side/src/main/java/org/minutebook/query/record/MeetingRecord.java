package org.minutebook.query.record;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonView;
import org.minutebook.events.Person;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.meetings.MeetingContact;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.sitting.AgendaOrder;
import org.minutebook.events.sitting.Sitting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The whole record of one meeting as it stands (corrections applied), in the order of the minutes: what the
 * minutes show, and what every meeting register is a function of. Stored as it is (one document a meeting) and
 * changed only by {@link RecordFold}, one event at a time. Times the record does not state are null, never
 * guessed.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(value = {"date", "exemptItems"}, allowGetters = true)
public final class MeetingRecord {

    String meetingId;
    long version = -1;
    String committeeId;
    String title;
    boolean special;
    LocalDate scheduledDate;
    LocalTime startTime;
    String timeZone;
    String venue;
    List<MeetingContact> contacts = List.of();
    String webcastUrl;
    MeetingStatus status;
    LocalDate agendaPublishedOn;
    LocalDateTime openedAt;
    Person chair;
    LocalTime closedAt;
    LocalDate closedOn;
    String signatureRole;
    String cancellationReason;
    List<Fact.Role> roles = new ArrayList<>();
    List<Adjournment> adjournments = new ArrayList<>();
    MinutesStage minutesStage = MinutesStage.DRAFT;
    @JsonView(RecordJson.Whole.class)
    List<Fact.Attendance> attendance = new ArrayList<>();
    @JsonView(RecordJson.Whole.class)
    List<Fact.Interest> generalDeclarations = new ArrayList<>();
    List<AgendaItem> items = new ArrayList<>();
    @JsonView(RecordJson.Whole.class)
    List<Fact.Completion> completions = new ArrayList<>();
    @JsonView(RecordJson.Whole.class)
    Fact.MinutesConfirmation minutesConfirmation;
    @JsonView(RecordJson.Whole.class)
    List<Correction> corrections = new ArrayList<>();
    @JsonView(RecordJson.Whole.class)
    List<Warning> warnings = new ArrayList<>();
    /** When each event of the meeting was recorded, by sequence number: the record's own times. */
    @JsonView(RecordJson.Whole.class)
    List<Instant> recordedAt = new ArrayList<>();
    /**
     * The events that first and last described (added, amended or moved) each agenda item, by the item's id, in the
     * order of the ids: the record is written alike however it was folded (a rebuild compares it byte for byte).
     */
    @JsonView(RecordJson.Whole.class)
    TreeMap<String, Described> itemsDescribed = new TreeMap<>();

    MeetingRecord() {
    }

    public MeetingRecord(String meetingId) {
        this.meetingId = meetingId;
    }

    /** An adjournment, and when the meeting resumed (null while it has not). */
    public record Adjournment(LocalDateTime adjournedAt, String reason, LocalDateTime resumedAt) {
    }

    /** The sequence numbers of the first and the last event that described an agenda item. */
    public record Described(long first, long last) {

        Described then(long sequenceNumber) {
            return new Described(first, sequenceNumber);
        }
    }

    /**
     * A correction made to the record: the corrected fact now reads as corrected (or is struck out); {@code partId}
     * the part of a decision it is about, if it names one.
     */
    public record Correction(long sequenceNumber, Instant recordedAt, long correctsSequenceNumber,
                             String correctsEventType, String partId, String reason, Person correctedBy,
                             String notedAtMeetingId, boolean struckOut) {
    }

    /**
     * Something the record could not place: an event naming a question, action or item it does not hold, or an
     * event it has no fold for. Kept in the record, so nothing recorded is dropped without a word.
     */
    public record Warning(long sequenceNumber, String text) {
    }

    public String meetingId() {
        return meetingId;
    }

    public long version() {
        return version;
    }

    public String committeeId() {
        return committeeId;
    }

    public String title() {
        return title;
    }

    public boolean special() {
        return special;
    }

    /** The advertised start, when both its day and time are stated; else null. */
    @JsonProperty("startsAt")
    public LocalDateTime startsAt() {
        return scheduledDate == null || startTime == null ? null : scheduledDate.atTime(startTime);
    }

    /** The advertised start's time of day, or null when not stated. */
    public LocalTime startTime() {
        return startTime;
    }

    /** The time zone of the meeting's civil times ("Europe/London"). */
    public String timeZone() {
        return timeZone;
    }

    /** Who held a role at the meeting: the vice-chair, and who took the chair when it changed. */
    public List<Fact.Role> roles() {
        return List.copyOf(roles);
    }

    public String venue() {
        return venue;
    }

    public List<MeetingContact> contacts() {
        return contacts;
    }

    public String webcastUrl() {
        return webcastUrl;
    }

    public MeetingStatus status() {
        return status;
    }

    public LocalDate agendaPublishedOn() {
        return agendaPublishedOn;
    }

    public LocalDateTime openedAt() {
        return openedAt;
    }

    public Person chair() {
        return chair;
    }

    public LocalTime closedAt() {
        return closedAt;
    }

    /** The day it closed when not the meeting's day (a sitting past midnight), else null. */
    public LocalDate closedOn() {
        return closedOn;
    }

    /** The office its signature block names as the page writes it ("CHAIRMAN", "Mayor"), or null when not stated. */
    public String signatureRole() {
        return signatureRole;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public List<Adjournment> adjournments() {
        return List.copyOf(adjournments);
    }

    public MinutesStage minutesStage() {
        return minutesStage;
    }

    public List<Fact.Attendance> attendance() {
        return List.copyOf(attendance);
    }

    public List<Fact.Interest> generalDeclarations() {
        return List.copyOf(generalDeclarations);
    }

    /** The agenda in order, each item followed by its parts. */
    public List<AgendaItem> items() {
        return List.copyOf(items);
    }

    public List<Fact.Completion> completions() {
        return List.copyOf(completions);
    }

    public Optional<Fact.MinutesConfirmation> minutesConfirmation() {
        return Optional.ofNullable(minutesConfirmation);
    }

    public List<Correction> corrections() {
        return List.copyOf(corrections);
    }

    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    /** When the event of that sequence number was recorded (the event's timestamp); null for one it does not hold. */
    public Instant recordedAt(long sequenceNumber) {
        return sequenceNumber >= 0 && sequenceNumber < recordedAt.size() ? recordedAt.get((int) sequenceNumber)
                : null;
    }

    /** The events that first and last described (added, amended or moved) the item, if any did. */
    public Optional<Described> described(String itemId) {
        return Optional.ofNullable(itemsDescribed.get(itemId));
    }

    /** The meeting's date: the day it opened, else the day it is scheduled for; null when neither is stated. */
    @JsonProperty("date")
    public LocalDate date() {
        return openedAt != null ? openedAt.toLocalDate() : scheduledDate;
    }

    /**
     * The one definition of an exempt item: one recorded as exempt (Schedule 12A), or a part of one (its parent,
     * or its parent's parent… is exempt). Answered with the exemption it falls under.
     */
    public Optional<Exemption> exemptionOf(AgendaItem item) {
        Set<String> seen = new HashSet<>();
        for (AgendaItem at = item; at != null && seen.add(at.itemId());
             at = at.parentItemId() == null ? null : item(at.parentItemId()).orElse(null)) {
            if (at.exemption() != null) {
                return Optional.of(at.exemption());
            }
        }
        return Optional.empty();
    }

    /** The items that are exempt, parts of exempt items included: what the public never reads. */
    @JsonProperty("exemptItems")
    public List<String> exemptItems() {
        return items.stream().filter(item -> exemptionOf(item).isPresent()).map(AgendaItem::itemId).toList();
    }

    /**
     * The record as the public reads it: each exempt item (and each part of one) shows only its number, "Exempt
     * item" and the paragraph of Schedule 12A, and every fact minuted under it is withheld, with the completions of
     * its actions and the corrections of its facts. {@code now} is the record as it stands, when this one is as it
     * stood earlier: an item exempt now, though not then, is withheld too.
     */
    public MeetingRecord asPublished(MeetingRecord now) {
        Map<String, Exemption> exempt = new HashMap<>();
        for (AgendaItem item : items) {
            exemptionOf(item).or(() -> now.item(item.itemId()).flatMap(now::exemptionOf))
                    .ifPresent(exemption -> exempt.put(item.itemId(), exemption));
        }
        if (exempt.isEmpty()) {
            return this;
        }
        Set<Long> withheldFacts = new HashSet<>();
        Set<String> withheldActions = new HashSet<>();
        MeetingRecord published = copy();
        published.items = new ArrayList<>();
        for (AgendaItem item : items) {
            Exemption exemption = exempt.get(item.itemId());
            if (exemption == null) {
                published.items.add(item);
                continue;
            }
            item.business().forEach(fact -> {
                withheldFacts.add(fact.sequenceNumber());
                if (fact instanceof Fact.FollowUp followUp) {
                    withheldActions.add(followUp.actionId());
                }
            });
            published.items.add(item.withheld(exemption));
        }
        published.completions = new ArrayList<>(completions.stream()
                .filter(completion -> !withheldActions.contains(completion.actionId())).toList());
        // a correction of an agenda item's description cannot be told apart by item here: withheld, to be safe
        published.corrections = new ArrayList<>(corrections.stream()
                .filter(correction -> !withheldFacts.contains(correction.correctsSequenceNumber())
                        && !correction.correctsEventType().contains("AgendaItem"))
                .toList());
        published.warnings = new ArrayList<>(warnings.stream()
                .filter(warning -> !withheldFacts.contains(warning.sequenceNumber())).toList());
        return published;
    }

    private MeetingRecord copy() {
        MeetingRecord copy = new MeetingRecord(meetingId);
        copy.version = version;
        copy.committeeId = committeeId;
        copy.title = title;
        copy.special = special;
        copy.scheduledDate = scheduledDate;
        copy.startTime = startTime;
        copy.timeZone = timeZone;
        copy.venue = venue;
        copy.contacts = contacts;
        copy.webcastUrl = webcastUrl;
        copy.status = status;
        copy.agendaPublishedOn = agendaPublishedOn;
        copy.openedAt = openedAt;
        copy.chair = chair;
        copy.closedAt = closedAt;
        copy.closedOn = closedOn;
        copy.signatureRole = signatureRole;
        copy.cancellationReason = cancellationReason;
        copy.roles = new ArrayList<>(roles);
        copy.adjournments = new ArrayList<>(adjournments);
        copy.minutesStage = minutesStage;
        copy.attendance = new ArrayList<>(attendance);
        copy.generalDeclarations = new ArrayList<>(generalDeclarations);
        copy.items = new ArrayList<>(items);
        copy.completions = new ArrayList<>(completions);
        copy.minutesConfirmation = minutesConfirmation;
        copy.corrections = new ArrayList<>(corrections);
        copy.warnings = new ArrayList<>(warnings);
        copy.recordedAt = new ArrayList<>(recordedAt);
        copy.itemsDescribed = new TreeMap<>(itemsDescribed);
        return copy;
    }

    /** Who presided and who was present at each item, read as the rules read them ({@link Sitting}). */
    public Sitting sitting() {
        return SittingOfTheRecord.of(this);
    }

    public Optional<AgendaItem> item(String itemId) {
        return items.stream().filter(item -> item.itemId().equals(itemId)).findFirst();
    }

    /**
     * What a referral or further report sends on, as the minutes state it: its subject, or, where the minutes state
     * it only in the decision that made it ("c) That the Cabinet be advised of the comments made by the Committee."),
     * that decision part's words (the whole decision's when it names no part). Never the item's title, which names
     * the business, not what was sent on: minuted with neither a subject nor a decision, null, and nothing is shown.
     */
    public String matterOf(String subject, String resolutionId, String partId) {
        if (subject != null || resolutionId == null) {
            return subject;
        }
        return items.stream().flatMap(item -> item.business().stream())
                .filter(fact -> fact instanceof Fact.Motion motion && resolutionId.equals(motion.resolutionId()))
                .map(Fact.Motion.class::cast).reduce((first, last) -> last)
                .map(motion -> partId == null ? ResolutionPart.worded(motion.parts()) : motion.parts().stream()
                        .filter(part -> partId.equals(part.partId())).map(ResolutionPart::text).findFirst()
                        .orElse(null))
                .orElse(null);
    }

    public Optional<Fact.Completion> completionOf(String actionId) {
        return completions.stream().filter(done -> done.actionId().equals(actionId)).reduce((first, last) -> last);
    }

    // --- changed by the fold only ---------------------------------------------------------------------------------

    void warn(long sequenceNumber, String text) {
        warnings.add(new Warning(sequenceNumber, text));
    }

    /** Records business under the item; an item the agenda does not hold is kept, with a warning. */
    void addToItem(String itemId, Fact fact) {
        AgendaItem item = item(itemId).orElseGet(() -> {
            warn(fact.sequenceNumber(), "Business recorded under item " + itemId + ", which the agenda does not hold");
            AgendaItem held = AgendaItem.notOnAgenda(itemId);
            items.add(held);
            return held;
        });
        items.set(items.indexOf(item), item.with(fact));
    }

    /** The agenda in a new order: each named item takes its place; numbers and parts stay. */
    void reorder(List<String> itemIds, long sequenceNumber) {
        List<AgendaItem> moved = new ArrayList<>();
        for (AgendaItem item : items) {
            int place = itemIds.indexOf(item.itemId());
            moved.add(place < 0 ? item : item.at(place + 1));
            if (place >= 0) {
                describedAt(item.itemId(), sequenceNumber);
            }
        }
        items = new ArrayList<>(AgendaOrder.of(moved, AgendaItem::place));
    }

    void describeItem(AgendaItem description, long sequenceNumber) {
        describedAt(description.itemId(), sequenceNumber);
        Optional<AgendaItem> item = item(description.itemId());
        item.ifPresent(items::remove);
        items.add(item.map(held -> held.describedAs(description)).orElse(description));
        items = new ArrayList<>(AgendaOrder.of(items, AgendaItem::place));
    }

    /**
     * Changes the one fact of the type that matches, wherever it is minuted; when none does, the record warns and
     * keeps the rest as it was.
     */
    <F extends Fact> void change(Class<F> type, Predicate<F> which, UnaryOperator<F> change, long sequenceNumber,
                                 String what) {
        for (AgendaItem item : items) {
            for (Fact fact : item.business()) {
                if (type.isInstance(fact) && which.test(type.cast(fact))) {
                    items.set(items.indexOf(item), item.replacing(fact, change.apply(type.cast(fact))));
                    return;
                }
            }
        }
        warn(sequenceNumber, what + ", which the record does not hold");
    }

    private void describedAt(String itemId, long sequenceNumber) {
        itemsDescribed.merge(itemId, new Described(sequenceNumber, sequenceNumber),
                (before, now) -> before.then(sequenceNumber));
    }

    void reached(long sequenceNumber, Instant at) {
        version = Math.max(version, sequenceNumber);
        while (recordedAt.size() <= sequenceNumber) {
            recordedAt.add(null);
        }
        recordedAt.set((int) sequenceNumber, at);
    }
}
