package org.minutebook.command.imports;

import org.minutebook.command.actions.AgreeAction;
import org.minutebook.command.actions.MakeReferral;
import org.minutebook.command.actions.RequestFurtherReport;
import org.minutebook.command.agenda.AddAgendaItem;
import org.minutebook.command.attendance.RecordApology;
import org.minutebook.command.attendance.RecordAttendance;
import org.minutebook.command.attendance.RecordEarlierAbsenceApology;
import org.minutebook.command.attendance.RecordGuestAttendance;
import org.minutebook.command.attendance.RecordOfficerAttendance;
import org.minutebook.command.attendance.RecordSubstitute;
import org.minutebook.command.business.AnswerQuestion;
import org.minutebook.command.business.AnswerSupplementaryQuestion;
import org.minutebook.command.business.AskQuestion;
import org.minutebook.command.business.AskSupplementaryQuestion;
import org.minutebook.command.business.DeferItem;
import org.minutebook.command.business.MakeChairsAnnouncement;
import org.minutebook.command.business.MinuteItem;
import org.minutebook.command.business.NoteFutureMeetingDates;
import org.minutebook.command.business.PromiseWrittenReply;
import org.minutebook.command.business.ReceivePetition;
import org.minutebook.command.business.ReceiveRepresentation;
import org.minutebook.command.business.RecordItemNoted;
import org.minutebook.command.business.RecordNoMattersArising;
import org.minutebook.command.business.RecordNoPetitions;
import org.minutebook.command.business.RecordNoQuestions;
import org.minutebook.command.business.RecordNoRepresentations;
import org.minutebook.command.business.RecordNoUrgentItems;
import org.minutebook.command.business.RecordReportConsidered;
import org.minutebook.command.business.WithdrawItem;
import org.minutebook.command.committees.RegisterCommittee;
import org.minutebook.command.declarations.DeclareInterest;
import org.minutebook.command.declarations.DeclarePartyWhip;
import org.minutebook.command.declarations.RecordNoDeclarations;
import org.minutebook.command.declarations.RecordNoPartyWhip;
import org.minutebook.command.imports.reading.Attendee;
import org.minutebook.command.imports.reading.Item;
import org.minutebook.command.imports.reading.ItemFact;
import org.minutebook.command.imports.reading.MeetingDetails;
import org.minutebook.command.imports.reading.PublishedMinutes;
import org.minutebook.command.imports.reading.ReadingWarning;
import org.minutebook.command.meetings.CloseMeeting;
import org.minutebook.command.meetings.OpenMeeting;
import org.minutebook.command.meetings.ScheduleMeeting;
import org.minutebook.command.minutes.ConfirmPreviousMinutes;
import org.minutebook.command.minutes.NoteEarlierMinutesCorrection;
import org.minutebook.command.resolutions.PassResolution;
import org.minutebook.command.resolutions.RecordLostMotion;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.committees.CommitteeKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The commands that record what a page says — the very commands the HTTP API sends, so every rule of the record
 * applies to an import as to a clerk. Facts go in the order of the page: the meeting, its agenda, the opening,
 * who attended, each item's business and its minute, the close. Ids come from the page ({@link PageIds}).
 */
final class MinutesToCommands {

    private static final int LONGEST_COMMITTEE_ID = 48;

    private final String meetingId;
    private final MeetingDetails meeting;
    private final PageIds ids = new PageIds();
    private final List<PlannedFact> facts = new ArrayList<>();
    private final List<ReadingWarning> warnings = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    /** The id of each item by its printed number, for a declaration that names the item. */
    private final Map<String, String> itemsByNumber = new HashMap<>();
    /**
     * The kinds of question put at the meeting: a page that reports "none had been received" and then minutes a
     * question taken late (at the chair's discretion) cannot have both recorded.
     */
    private final Set<QuestionKind> askedOnThePage = EnumSet.noneOf(QuestionKind.class);
    /** The line of the page the facts being planned come from. */
    private int line = 1;

    private MinutesToCommands(String meetingId, MeetingDetails meeting) {
        this.meetingId = meetingId;
        this.meeting = meeting;
    }

    static PagePlan plan(PublishedMinutes page, String source) {
        MeetingDetails meeting = page.meeting();
        if (meeting.committee() == null) {
            throw ImportRules.COMMITTEE_NOT_STATED.broken("The page names no committee (no heading such as"
                    + " \"Committee - Tuesday, 2 November 2021 2.00 pm\"), so the meeting cannot be recorded");
        }
        String committeeId = PageIds.slug(meeting.committee(), LONGEST_COMMITTEE_ID);
        String meetingId = committeeId + "-" + (meeting.date() != null ? meeting.date().toString()
                : PageIds.slug(baseName(source), 64 - LONGEST_COMMITTEE_ID - 1));
        MinutesToCommands plan = new MinutesToCommands(meetingId, meeting);
        PlannedFact committee = new PlannedFact("committee", 1, RegisterCommittee.class, fields(
                "committeeId", committeeId, "name", meeting.committee(), "council", meeting.council(),
                "kind", kindOf(meeting.committee())));
        plan.schedule(committeeId);
        List<Placed> items = plan.agenda(page.items());
        plan.add("opening", OpenMeeting.class, "openedAt", meeting.openedAt() == null ? null
                : civil(meeting.date(), meeting.openedAt()), "chair", meeting.chair());
        page.attendance().forEach(attendee -> {
            plan.line = attendee.line();
            plan.attendance(attendee);
        });
        items.forEach(placed -> placed.item().facts().stream().filter(ItemFact.Question.class::isInstance)
                .map(fact -> ((ItemFact.Question) fact).kind()).forEach(plan.askedOnThePage::add));
        items.forEach(plan::business);
        plan.add("closing", CloseMeeting.class, "closedAt", meeting.closedAt() == null ? null
                : civil(meeting.date(), meeting.closedAt()));
        return new PagePlan(committeeId, committee, meetingId, List.copyOf(plan.facts), List.copyOf(plan.warnings));
    }

    /** An item with the id it is recorded under. */
    private record Placed(Item item, String itemId) {
    }

    private void schedule(String committeeId) {
        LocalTime start = meeting.startsAt();
        add("meeting", ScheduleMeeting.class, "committeeId", committeeId, "title", meeting.title(),
                "special", meeting.special(), "startsAt", start == null || meeting.date() == null ? null
                        : civil(meeting.date(), start), "date", start == null ? meeting.date() : null,
                "venue", meeting.venue(), "contacts", meeting.contacts(), "webcastUrl", meeting.webcastUrl());
    }

    private List<Placed> agenda(List<Item> items) {
        List<Placed> placed = new ArrayList<>();
        for (Item item : items) {
            Placed parent = place(item, null);
            placed.add(parent);
            for (Item part : item.parts()) {
                placed.add(place(part, parent.itemId()));
            }
        }
        return placed;
    }

    private Placed place(Item item, String parentItemId) {
        line = item.line();
        String itemId = ids.unique(item.number() != null ? "item-" + PageIds.slug(item.number(), 10)
                : item.title() != null ? PageIds.slug(item.title(), 40)
                : item.agendaText() != null ? "item-" + PageIds.slug(item.agendaText(), 40)
                : "item-at-line-" + item.line());
        add("item/" + itemId, AddAgendaItem.class, "itemId", itemId, "number", item.number(),
                "parentItemId", parentItemId, "title", item.title(), "agendaText", item.agendaText(),
                "documents", item.documents(), "exemption", item.exemption());
        if (item.number() != null) {
            itemsByNumber.putIfAbsent(item.number(), itemId);
        }
        return new Placed(item, itemId);
    }

    private void attendance(Attendee attendee) {
        String who = PageIds.slug(attendee.person().asWritten(), 48);
        if (attendee instanceof Attendee.Present present) {
            add("present/" + who, RecordAttendance.class, "member", present.person());
        } else if (attendee instanceof Attendee.Apology apology) {
            add("apology/" + who, RecordApology.class, "member", apology.person());
        } else if (attendee instanceof Attendee.Substitute substitute) {
            add("substitute/" + who, RecordSubstitute.class,
                    "substitute", substitute.person(), "forMember", substitute.forMember());
        } else if (attendee instanceof Attendee.EarlierAbsence absence) {
            add("earlier-absence/" + who,
                    RecordEarlierAbsenceApology.class, "member", absence.person(), "absences", absence.absences());
        } else if (attendee instanceof Attendee.Officer officer) {
            add("officer/" + who, RecordOfficerAttendance.class,
                    "officer", officer.person());
        } else if (attendee instanceof Attendee.Guest guest) {
            add("guest/" + who, RecordGuestAttendance.class, "guest", guest.person(),
                    "capacity", guest.capacity());
        } else {
            throw new IllegalStateException("A fact the importer cannot record: " + attendee);
        }
    }

    private void business(Placed placed) {
        String itemId = placed.itemId();
        String resolutionId = null;
        for (ItemFact fact : placed.item().facts()) {
            line = fact.line();
            String key = itemId + "/" + kebab(fact.factName());
            int n = ordinals.merge(key, 1, Integer::sum);
            String id = n == 1 ? key.replace('/', '-') : key.replace('/', '-') + "-" + n;
            String factKey = n == 1 ? key : key + "-" + n;
            if (fact instanceof ItemFact.Decision) {
                resolutionId = ids.unique(id);
            }
            itemFact(factKey, itemId, id, fact, resolutionId);
        }
        if (!placed.item().minute().isEmpty()) {
            line = placed.item().line();
            add(itemId + "/minute", MinuteItem.class, "itemId", itemId, "blocks", placed.item().minute(),
                    "cutOff", placed.item().cutOff());
        }
    }

    private void itemFact(String key, String itemId, String id, ItemFact fact, String resolutionId) {
        if (fact instanceof ItemFact.NoInterests) {
            add(key, RecordNoDeclarations.class, "itemId", itemId);
        } else if (fact instanceof ItemFact.Interest interest) {
            add(key, DeclareInterest.class, "declarationId",
                    ids.unique("interest-" + PageIds.slug(interest.member().asWritten(), 48)),
                    "member", interest.member(), "itemId", itemNumbered(interest.onItem()),
                    "words", interest.words(), "category", interest.category(), "leftRoom", interest.leftRoom(),
                    "tookNoPartInVote", interest.tookNoPartInVote());
        } else if (fact instanceof ItemFact.PartyWhip whip) {
            add(key, DeclarePartyWhip.class, "declarationId",
                    ids.unique("whip-" + PageIds.slug(whip.member().asWritten(), 48)), "member", whip.member(),
                    "itemId", itemId, "words", whip.words());
        } else if (fact instanceof ItemFact.NoPartyWhip) {
            add(key, RecordNoPartyWhip.class, "itemId", itemId);
        } else if (fact instanceof ItemFact.MinutesConfirmed confirmed) {
            add(key,
                    ConfirmPreviousMinutes.class, "itemId", itemId,
                    "confirmedMeetingDate", confirmed.meetingDate(), "correctionsNoted", confirmed.correctionsNoted(),
                    "takenAsRead", confirmed.takenAsRead(), "signed", confirmed.signed());
        } else if (fact instanceof ItemFact.EarlierMinutesCorrection correction) {
            add(key,
                    NoteEarlierMinutesCorrection.class, "itemId", itemId,
                    "correctedMeetingDate", correction.meetingDate(), "text", correction.text());
        } else if (fact instanceof ItemFact.NoMattersArising none) {
            add(key, RecordNoMattersArising.class, "itemId", itemId,
                    "text", none.text());
        } else if (fact instanceof ItemFact.Announcement announcement) {
            add(key, MakeChairsAnnouncement.class, "itemId", itemId,
                    "text", announcement.text());
        } else if (fact instanceof ItemFact.NoPetitions none) {
            add(key, RecordNoPetitions.class, "itemId", itemId, "text",
                    none.text());
        } else if (fact instanceof ItemFact.Petition petition) {
            add(key, ReceivePetition.class, "itemId", itemId,
                    "petitionId", ids.unique(id), "title", petition.title(), "presentedBy", petition.presentedBy(),
                    "signatures", petition.signatures(), "text", petition.text());
        } else if (fact instanceof ItemFact.NoQuestions none) {
            if (askedOnThePage.contains(none.kind())) {
                warnings.add(new ReadingWarning(none.line(), "\"" + none.text() + "\", yet a " + none.kind()
                        .name().toLowerCase(Locale.ROOT) + " question is minuted: the record keeps the question, "
                        + "these words stay in the minute"));
            } else {
                add(key, RecordNoQuestions.class, "itemId", itemId, "kind", none.kind(), "text", none.text());
            }
        } else if (fact instanceof ItemFact.NoRepresentations none) {
            add(key, RecordNoRepresentations.class, "itemId", itemId,
                    "text", none.text());
        } else if (fact instanceof ItemFact.Representation representation) {
            add(key, ReceiveRepresentation.class, "itemId", itemId,
                    "representationId", ids.unique(id), "kind", representation.kind(), "from",
                    representation.from(), "takenAsRead", representation.takenAsRead());
        } else if (fact instanceof ItemFact.Question question) {
            question(key, itemId, ids.unique(id), question);
        } else if (fact instanceof ItemFact.NoUrgentItems none) {
            add(key, RecordNoUrgentItems.class, "itemId", itemId, "text",
                    none.text());
        } else if (fact instanceof ItemFact.Report report) {
            add(key, RecordReportConsidered.class, "itemId", itemId, "form",
                    report.form(), "submittedBy", report.submittedBy(), "presentedBy", report.presentedBy(),
                    "reference", report.reference());
        } else if (fact instanceof ItemFact.Noted noted) {
            add(key, RecordItemNoted.class, "itemId", itemId, "text", noted.text());
        } else if (fact instanceof ItemFact.Deferred deferred) {
            add(key, DeferItem.class, "itemId", itemId, "reason",
                    deferred.reason());
        } else if (fact instanceof ItemFact.Withdrawn withdrawn) {
            add(key, WithdrawItem.class, "itemId", itemId, "reason",
                    withdrawn.reason());
        } else if (fact instanceof ItemFact.Decision decision && !decision.carried() && decision.vote() == null) {
            // the record keeps a motion lost with the vote that lost it
            warnings.add(new ReadingWarning(decision.line(), "A motion lost, with no vote stated: it stays in the "
                    + "minute's words only"));
        } else if (fact instanceof ItemFact.Decision decision) {
            add(key, decision.carried() ? PassResolution.class
                            : RecordLostMotion.class, "itemId", itemId, "resolutionId", resolutionId,
                    "form", decision.form(), "preamble", decision.preamble(), "parts", decision.parts(),
                    "movedBy", decision.movedBy(), "secondedBy", decision.secondedBy(), "vote", decision.vote());
        } else if (fact instanceof ItemFact.FurtherReport report) {
            add(key, RequestFurtherReport.class, "itemId", itemId,
                    "actionId", ids.unique(id), "resolutionId", report.fromDecision() ? resolutionId : null,
                    "subject", report.subject(), "toBody", report.toBody(), "dueMeetingDate",
                    report.dueMeetingDate());
        } else if (fact instanceof ItemFact.Referral referral) {
            add(key, MakeReferral.class, "itemId", itemId, "actionId",
                    ids.unique(id), "resolutionId", referral.fromDecision() ? resolutionId : null,
                    "toBody", referral.toBody(), "subject", referral.subject());
        } else if (fact instanceof ItemFact.Action action) {
            add(key, AgreeAction.class, "itemId", itemId, "actionId",
                    ids.unique(id), "resolutionId", action.fromDecision() ? resolutionId : null,
                    "description", action.description());
        } else if (fact instanceof ItemFact.FutureMeetingDates dates) {
            futureDates(key, itemId, dates);
        } else {
            throw new IllegalStateException("A fact the importer cannot record: " + fact);
        }
    }

    /** The item a declaration names ("an interest in item 4"), when the page has it; else a general declaration. */
    private String itemNumbered(String number) {
        return number == null ? null : itemsByNumber.get(number);
    }

    private void question(String key, String itemId, String questionId, ItemFact.Question question) {
        add(key, AskQuestion.class, "itemId", itemId, "questionId", questionId, "kind", question.kind(),
                "askedBy", question.askedBy(), "askedOf", question.askedOf(), "text", question.text(),
                "standingOrder", question.standingOrder(), "atChairsDiscretion", question.atChairsDiscretion());
        if (question.answer() != null) {
            add(key + "/answer", AnswerQuestion.class, "questionId", questionId,
                    "answeredBy", question.answer().by(), "text", question.answer().text());
        }
        if (question.supplementary() != null) {
            add(key + "/supplementary", AskSupplementaryQuestion.class, "questionId", questionId,
                    "text", question.supplementary());
        }
        if (question.supplementaryAnswer() != null) {
            add(key + "/supplementary-answer", AnswerSupplementaryQuestion.class, "questionId", questionId,
                    "answeredBy", question.supplementaryAnswer().by(), "text", question.supplementaryAnswer().text());
        }
        if (question.writtenReplyPromisedBy() != null) {
            add(key + "/written-reply-promise", PromiseWrittenReply.class, "questionId", questionId,
                    "toSupplementary", question.writtenReplyToSupplementary(),
                    "promisedBy", question.writtenReplyPromisedBy());
        }
    }

    /** The record keeps a future meeting as a day and a time: a page that gives no time keeps the dates as words. */
    private void futureDates(String key, String itemId, ItemFact.FutureMeetingDates dates) {
        if (dates.time() == null) {
            warnings.add(new ReadingWarning(dates.line(), "Dates of future meetings are given without a time; "
                    + "they stay in the minute's words only"));
            return;
        }
        add(key, NoteFutureMeetingDates.class, "itemId", itemId, "dates",
                dates.dates().stream().map(date -> date.atTime(dates.time())).toList());
    }

    private void add(String key, Class<?> command, Object... namesAndValues) {
        Map<String, Object> body = fields(namesAndValues);
        body.put("meetingId", meetingId);
        facts.add(new PlannedFact(key, line, command, body));
    }

    /** The body of a command: name, value, name, value…; a value not stated is left out, as a clerk would. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                fields.put((String) namesAndValues[i], value);
            }
        }
        return fields;
    }

    /** A time of the meeting as the API takes it: on its day when the page gives the day, else a time of day. */
    private static String civil(LocalDate date, LocalTime time) {
        return date == null ? time.toString() : date.atTime(time).toString();
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String baseName(String source) {
        String name = source.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static CommitteeKind kindOf(String committee) {
        String name = committee.toLowerCase(Locale.ROOT);
        if (name.contains("scrutiny commission")) {
            return CommitteeKind.SCRUTINY_COMMISSION;
        }
        if (name.contains("overview and scrutiny committee")) {
            return CommitteeKind.OVERVIEW_AND_SCRUTINY_COMMITTEE;
        }
        if (name.contains("scrutiny board")) {
            return CommitteeKind.SCRUTINY_BOARD;
        }
        if (name.contains("board")) {
            return CommitteeKind.BOARD;
        }
        return name.contains("committee") ? CommitteeKind.COMMITTEE : CommitteeKind.OTHER;
    }
}
