package org.minutebook.query.oparl;

import org.minutebook.events.Person;
import org.minutebook.events.agenda.AgendaDocument;
import org.minutebook.events.attendance.AttendanceMode;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.query.decisions.DecisionRow;
import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.MeetingStatus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One meeting's OParl objects, from its record as the public reads it: the meeting, its agenda items, papers,
 * files and location. The record is the one the public pages read, so exempt business is withheld by the same
 * definition ({@link MeetingRecord#asPublished}): an exempt item is its number, "Exempt item" and
 * {@code public: false}, with nothing minuted under it.
 */
final class MeetingObjects {

    /** The category of a party whip declared, beside the categories of interests. */
    static final String PARTY_WHIP = "PARTY_WHIP";

    private final MeetingRecord record;
    private final String bodyId;
    private final OParlLinks links;
    private final PersonKeys keys;
    private final List<DecisionRow> decisions;
    private final MeetingTimes times;
    private final String meetingId;

    /**
     * @param record     the meeting's record as published
     * @param bodyId     its council's id
     * @param members    the committee's members, who may be named without their ids in the minutes
     * @param decisions  its decisions, as the decision register has them
     */
    MeetingObjects(MeetingRecord record, String bodyId, List<Person> members, List<DecisionRow> decisions,
                   OParlLinks links) {
        this.record = record;
        this.meetingId = record.meetingId();
        this.bodyId = bodyId;
        this.links = links;
        this.decisions = decisions;
        this.times = new MeetingTimes(record);
        this.keys = PersonKeys.of(record, members);
    }

    /** The URL of the person a mention names. */
    String person(Person mention) {
        String key = keys.keyOf(mention);
        return key == null ? null : links.person(bodyId, key);
    }

    OParlMeeting meeting() {
        MeetingTimes.Span span = times.meeting();
        LinkedHashSet<String> participants = new LinkedHashSet<>();
        List<OParlMeeting.Attendee> attendance = new ArrayList<>();
        for (Fact.Attendance fact : record.attendance()) {
            if (fact instanceof Fact.Attendee attendee) {
                Fact.Substitute substitute = fact instanceof Fact.Substitute standingIn ? standingIn : null;
                String capacity = fact.factKind().name().toLowerCase(Locale.ROOT);
                attendance.add(new OParlMeeting.Attendee(person(attendee.person()), attendee.person().asWritten(),
                        capacity, roleOf(fact), substitute == null ? null : person(substitute.forMember()),
                        modeOf(fact)));
                if (!(fact instanceof Fact.Apologies)) {
                    participants.add(person(attendee.person()));
                }
            }
        }
        participants.remove(null);
        return new OParlMeeting(links.meeting(meetingId), OParlType.MEETING.url(), record.title(),
                record.status() == null ? null : record.status().name().toLowerCase(Locale.ROOT),
                record.status() == MeetingStatus.CANCELLED, start(), end(), location(),
                record.committeeId() == null ? null : List.of(links.organization(record.committeeId())),
                List.copyOf(participants), agendaFile(), minutesFile(),
                record.items().stream().map(this::item).toList(),
                links.meetingPage(meetingId), span.created(), span.modified(), attendance,
                record.generalDeclarations().stream().map(interest -> declared(interest, null)).toList(),
                record.minutesStage() == null ? null : record.minutesStage().name().toLowerCase(Locale.ROOT));
    }

    /** In person, remotely or in attendance (without a vote), for a member or substitute present. */
    private static String modeOf(Fact.Attendance fact) {
        AttendanceMode mode = fact instanceof Fact.Present present ? present.mode()
                : fact instanceof Fact.Substitute substitute ? substitute.mode() : null;
        return mode == null ? null : mode.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String roleOf(Fact.Attendance fact) {
        if (fact instanceof Fact.Officer officer) {
            return officer.role();
        }
        return fact instanceof Fact.Guest guest ? guest.capacity() : null;
    }

    private String start() {
        if (record.openedAt() != null) {
            return OParlTime.civil(record.openedAt(), record.timeZone());
        }
        return OParlTime.civil(record.startsAt(), record.timeZone());
    }

    private String end() {
        return record.closedAt() == null || record.date() == null ? null
                : OParlTime.civil(record.date().atTime(record.closedAt()), record.timeZone());
    }

    /** Where the meeting was held; none when the record does not say. */
    OParlLocation location() {
        if (record.venue() == null) {
            return null;
        }
        MeetingTimes.Span span = times.meeting();
        return new OParlLocation(links.location(meetingId), OParlType.LOCATION.url(), record.venue(),
                List.of(links.meeting(meetingId)), span.created(), span.modified());
    }

    /** An item, as published: of the agenda, or one business was minuted under that the agenda does not hold. */
    Optional<OParlAgendaItem> item(String itemId) {
        return record.item(itemId).map(this::item);
    }

    private OParlAgendaItem item(AgendaItem item) {
        MeetingTimes.Span span = times.of(item);
        boolean exempt = item.exemption() != null;
        List<DecisionRow> decided = decisions.stream()
                .filter(decision -> item.itemId().equals(decision.where().itemId())).toList();
        List<Fact.Motion> motions = item.business().stream().filter(Fact.Motion.class::isInstance)
                .map(Fact.Motion.class::cast).toList();
        List<OParlFile> documents = new ArrayList<>();
        for (int i = 0; i < item.documents().size(); i++) {
            documentFile(item, i).ifPresent(documents::add);
        }
        return new OParlAgendaItem(links.agendaItem(meetingId, item.itemId()), OParlType.AGENDA_ITEM.url(),
                links.meeting(meetingId), item.number(), item.position(), item.title(), !exempt,
                result(item, decided), resolutionText(motions), documents.isEmpty() ? null : documents,
                links.itemInMinutes(meetingId, item.itemId()), span.created(), span.modified(),
                motions.isEmpty() ? null : motions.stream().flatMap(motion -> motionAndAmendments(motion).stream())
                        .toList(),
                nullIfEmpty(declaredOn(item)));
    }

    /** What was decided on the item, in words: its decisions' outcomes, else "Noted" when it was noted. */
    private static String result(AgendaItem item, List<DecisionRow> decided) {
        if (!decided.isEmpty()) {
            return decided.stream().map(decision -> words(decision.outcome().name())).distinct()
                    .collect(Collectors.joining("; "));
        }
        return item.business().stream().anyMatch(Fact.Noted.class::isInstance) ? "Noted" : null;
    }

    private static String words(String constant) {
        String spaced = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The resolutions as minuted: each carried motion's preamble and lettered parts. */
    private static String resolutionText(List<Fact.Motion> motions) {
        String text = motions.stream().filter(Fact.Motion::carried).map(MeetingObjects::worded)
                .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }

    private static String worded(Fact.Motion motion) {
        List<String> lines = new ArrayList<>();
        if (motion.preamble() != null) {
            lines.add(motion.preamble());
        }
        for (ResolutionPart part : motion.parts()) {
            lines.add(part.label() == null ? part.text() : part.label() + " " + part.text());
        }
        return String.join("\n", lines);
    }

    /** A motion, then each amendment moved to it, as Popolo motions. */
    private List<PopoloMotion> motionAndAmendments(Fact.Motion motion) {
        String identifier = motion.resolutionId() != null ? motion.resolutionId()
                : "motion-" + motion.sequenceNumber();
        String form = motion.form() == null ? null : motion.form().name().toLowerCase(Locale.ROOT);
        String result = motion.carried() ? "pass" : "fail";
        List<PopoloMotion> motions = new ArrayList<>(List.of(new PopoloMotion(identifier, form, worded(motion),
                result, person(motion.movedBy()), asWritten(motion.movedBy()), person(motion.secondedBy()),
                asWritten(motion.secondedBy()), voteEvents(identifier, result, motion.earlierVotes(), motion.vote()),
                null, motion.statutory(), motion.withoutQuorum())));
        for (int i = 0; i < motion.amendments().size(); i++) {
            Amendment amendment = motion.amendments().get(i);
            String amendmentId = amendment.amendmentId() != null ? amendment.amendmentId()
                    : identifier + "-amendment-" + (i + 1);
            String amended = amendment.outcome() == null ? null : switch (amendment.outcome()) {
                case CARRIED -> "pass";
                case LOST -> "fail";
                case WITHDRAWN -> "withdrawn";
                case ACCEPTED -> "accepted";
            };
            motions.add(new PopoloMotion(amendmentId, "amendment", amendment.text(), amended,
                    person(amendment.movedBy()), asWritten(amendment.movedBy()), person(amendment.secondedBy()),
                    asWritten(amendment.secondedBy()), voteEvents(amendmentId, amended, amendment.earlierVotes(),
                    amendment.vote()), identifier, null, null));
        }
        return motions;
    }

    private static String asWritten(Person person) {
        return person == null ? null : person.asWritten();
    }

    /** The votes on a motion, earlier ones first; none when no vote is recorded. */
    private List<PopoloMotion.VoteEvent> voteEvents(String motion, String result, List<Vote> earlier, Vote last) {
        List<PopoloMotion.VoteEvent> events = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            events.add(voteEvent(motion + "-vote-" + (i + 1), null, earlier.get(i)));
        }
        if (last != null) {
            events.add(voteEvent(motion + "-vote", result, last));
        }
        return events.isEmpty() ? null : events;
    }

    private PopoloMotion.VoteEvent voteEvent(String identifier, String result, Vote vote) {
        List<PopoloMotion.Count> counts = new ArrayList<>();
        count(counts, "yes", vote.votesFor(), vote, Ballot.FOR);
        count(counts, "no", vote.against(), vote, Ballot.AGAINST);
        count(counts, "abstain", vote.abstentions(), vote, Ballot.ABSTAIN);
        List<PopoloMotion.Vote> votes = new ArrayList<>(vote.memberVotes().stream()
                .map(memberVote -> vote(memberVote, null)).toList());
        if (vote.castingVote() != null) {
            votes.add(vote(vote.castingVote(), true));
        }
        return new PopoloMotion.VoteEvent(identifier, result, counts, votes.isEmpty() ? null : votes,
                vote.method() == null ? null : vote.method().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** A count as stated, else as counted from the members' votes when they are recorded. */
    private static void count(List<PopoloMotion.Count> counts, String option, Integer stated, Vote vote,
                              Ballot ballot) {
        long counted = vote.memberVotes().stream().filter(memberVote -> memberVote.ballot() == ballot).count();
        if (stated != null) {
            counts.add(new PopoloMotion.Count(option, stated));
        } else if (!vote.memberVotes().isEmpty()) {
            counts.add(new PopoloMotion.Count(option, (int) counted));
        }
    }

    private PopoloMotion.Vote vote(MemberVote vote, Boolean casting) {
        return new PopoloMotion.Vote(option(vote.ballot()), person(vote.member()),
                vote.member() == null ? null : vote.member().asWritten(), casting);
    }

    private static String option(Ballot ballot) {
        if (ballot == null) {
            return null;
        }
        return switch (ballot) {
            case FOR -> "yes";
            case AGAINST -> "no";
            case ABSTAIN -> "abstain";
            case ABSENT -> "absent";
            case DID_NOT_VOTE -> "not voting";
        };
    }

    /** The interests and party whips declared on the item. */
    private List<DeclaredInterest> declaredOn(AgendaItem item) {
        List<DeclaredInterest> declared = new ArrayList<>();
        for (Fact fact : item.business()) {
            if (fact instanceof Fact.Interest interest) {
                declared.add(declared(interest, item));
            } else if (fact instanceof Fact.PartyWhip whip) {
                declared.add(new DeclaredInterest(person(whip.member()),
                        whip.member() == null ? null : whip.member().asWritten(),
                        links.agendaItem(meetingId, item.itemId()), PARTY_WHIP, whip.words(), null, null, null));
            }
        }
        return declared;
    }

    private DeclaredInterest declared(Fact.Interest interest, AgendaItem item) {
        return new DeclaredInterest(person(interest.member()),
                interest.member() == null ? null : interest.member().asWritten(),
                item == null ? null : links.agendaItem(meetingId, item.itemId()),
                interest.category() == null ? null : interest.category().name(), interest.words(),
                interest.leftRoom(), interest.tookNoPartInVote(), interest.dispensation());
    }

    // --- papers and files ------------------------------------------------------------------------------------------

    /** A paper by its key: a report (a tombstone when a correction struck it out) or an item's document. */
    Optional<OParlPaper> paper(String key) {
        Optional<Long> report = Papers.report(key);
        if (report.isPresent()) {
            return reportPaper(key, report.get());
        }
        return Papers.document(key).flatMap(document -> record.item(document.itemId())
                .filter(item -> document.place() < item.documents().size())
                .map(item -> documentPaper(item, document.place())));
    }

    private Optional<OParlPaper> reportPaper(String key, long sequenceNumber) {
        for (AgendaItem item : record.items()) {
            for (Fact fact : item.business()) {
                if (fact instanceof Fact.Report report && report.sequenceNumber() == sequenceNumber) {
                    MeetingTimes.Span span = times.of(report);
                    return Optional.of(new OParlPaper(links.paper(meetingId, key), OParlType.PAPER.url(),
                            links.body(bodyId), report.title(), report.reference(), date(),
                            report.form() == null ? "report" : words(report.form().name()).toLowerCase(Locale.ROOT),
                            null, nullIfEmpty(report.presentedBy().stream().map(this::person)
                            .filter(Objects::nonNull).toList()), links.agendaItem(meetingId, item.itemId()),
                            links.itemInMinutes(meetingId, item.itemId()), span.created(), span.modified(), null));
                }
            }
        }
        return record.corrections().stream().filter(correction -> correction.struckOut()
                        && correction.correctsSequenceNumber() == sequenceNumber).findFirst()
                .map(struck -> new OParlPaper(links.paper(meetingId, key), OParlType.PAPER.url(), null, null, null,
                        null, null, null, null, null, null, OParlTime.recorded(record.recordedAt(sequenceNumber)),
                        OParlTime.recorded(struck.recordedAt()), true));
    }

    private OParlPaper documentPaper(AgendaItem item, int place) {
        AgendaDocument document = item.documents().get(place);
        MeetingTimes.Span span = times.documentsOf(item);
        String key = Papers.documentKey(item.itemId(), place);
        return new OParlPaper(links.paper(meetingId, key), OParlType.PAPER.url(), links.body(bodyId),
                document.title(), null, date(), "agenda document", documentFile(item, place).orElse(null), null,
                links.agendaItem(meetingId, item.itemId()), links.meetingPage(meetingId), span.created(),
                span.modified(), null);
    }

    /** A file by its key: the agenda, the printable minutes, or an item's document published at an address. */
    Optional<OParlFile> file(String key) {
        if (Papers.AGENDA.equals(key)) {
            return Optional.of(agendaFile());
        }
        if (Papers.MINUTES.equals(key)) {
            return Optional.of(minutesFile());
        }
        return Papers.document(key).flatMap(document -> record.item(document.itemId())
                .filter(item -> document.place() < item.documents().size())
                .flatMap(item -> documentFile(item, document.place())));
    }

    private OParlFile agendaFile() {
        MeetingTimes.Span span = times.meeting();
        return new OParlFile(links.file(meetingId, Papers.AGENDA), OParlType.FILE.url(), "Agenda", "text/html",
                date(), links.meetingPage(meetingId), List.of(links.meeting(meetingId)), null, null, null,
                span.created(), span.modified());
    }

    private OParlFile minutesFile() {
        MeetingTimes.Span span = times.meeting();
        return new OParlFile(links.file(meetingId, Papers.MINUTES), OParlType.FILE.url(), "Minutes", "text/html",
                date(), links.printableMinutes(meetingId), List.of(links.meeting(meetingId)), null, null, null,
                span.created(), span.modified());
    }

    /** A document as a file, when it is published at an address (OParl needs one to fetch it from). */
    private Optional<OParlFile> documentFile(AgendaItem item, int place) {
        AgendaDocument document = item.documents().get(place);
        if (document.url() == null || !document.url().matches("(?i)https?://\\S+")) {
            return Optional.empty();
        }
        MeetingTimes.Span span = times.documentsOf(item);
        String key = Papers.documentKey(item.itemId(), place);
        return Optional.of(new OParlFile(links.file(meetingId, key), OParlType.FILE.url(), document.title(),
                mimeType(document.format()), date(), document.url(), List.of(links.meeting(meetingId)),
                List.of(links.agendaItem(meetingId, item.itemId())), List.of(links.paper(meetingId, key)),
                document.size(), span.created(), span.modified()));
    }

    private static String mimeType(String format) {
        if (format == null) {
            return null;
        }
        return switch (format.strip().toUpperCase(Locale.ROOT)) {
            case "PDF" -> "application/pdf";
            case "DOC" -> "application/msword";
            case "DOCX" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "HTML", "HTM" -> "text/html";
            default -> null;
        };
    }

    private String date() {
        return record.date() == null ? null : record.date().toString();
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
