package org.minutebook.command.imports;

import org.minutebook.command.actions.AgreeAction;
import org.minutebook.command.actions.MakeReferral;
import org.minutebook.command.actions.RequestFurtherReport;
import org.minutebook.command.agenda.AddAgendaItem;
import org.minutebook.command.attendance.RecordApology;
import org.minutebook.command.attendance.RecordAttendance;
import org.minutebook.command.attendance.RecordEarlierAbsenceApology;
import org.minutebook.command.attendance.RecordEarlyDeparture;
import org.minutebook.command.attendance.RecordGuestAttendance;
import org.minutebook.command.attendance.RecordLateArrival;
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
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.meetings.CloseMeeting;
import org.minutebook.command.meetings.OpenMeeting;
import org.minutebook.command.meetings.ScheduleMeeting;
import org.minutebook.command.minutes.ConfirmPreviousMinutes;
import org.minutebook.command.minutes.NoteEarlierMinutesCorrection;
import org.minutebook.command.resolutions.PassResolution;
import org.minutebook.command.resolutions.RecordLostMotion;
import org.minutebook.events.Person;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.committees.CommitteeKind;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.reader.Attendee;
import org.minutebook.reader.Item;
import org.minutebook.reader.ItemFact;
import org.minutebook.reader.MeetingDetails;
import org.minutebook.reader.PublishedMinutes;
import org.minutebook.reader.ReadingWarning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The commands that record what a page says — the very command records the HTTP API takes, made straight from the
 * typed facts of the page (a visitor over each sealed kind: a kind of fact the planner does not answer fails to
 * compile), so every rule of the record applies to an import as to a clerk. Facts go in the order of the page: the
 * meeting, its agenda, the opening, who attended, each item's business and its minute, the close. Ids come from
 * the page ({@link PageIds}), or from the records it is matched to ({@link ImportTarget}).
 */
final class MinutesToCommands {

    private final ImportTarget target;
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
    /**
     * Members the page has arriving late or leaving early, by name: the record names them by id, so they are
     * recorded present under an id taken from their name, and their arrival or departure under the same.
     */
    private final Map<String, Person> comingAndGoing = new HashMap<>();
    private final List<Attendee> attendance;
    /** The line of the page the facts being planned come from. */
    private int line = 1;

    private MinutesToCommands(ImportTarget target, PublishedMinutes page) {
        this.target = target;
        this.meeting = page.meeting();
        this.attendance = page.attendance();
        for (Item item : page.items()) {
            java.util.stream.Stream.concat(java.util.stream.Stream.of(item), item.parts().stream())
                    .flatMap(each -> each.facts().stream()).forEach(fact -> {
                        Person member = fact instanceof ItemFact.LateArrival late ? late.member()
                                : fact instanceof ItemFact.EarlyDeparture early ? early.member() : null;
                        if (member != null) {
                            comingAndGoing.putIfAbsent(key(member), new Person("member-"
                                    + PageIds.slug(member.name(), 48), member.name(), member.role()));
                        }
                    });
        }
    }

    private static String key(Person person) {
        return person.name() == null ? "" : person.name().strip().toLowerCase(Locale.ROOT);
    }

    /** The person as recorded: with the id the page's comings and goings give them, if any. */
    private Person recorded(Person person) {
        Person known = comingAndGoing.get(key(person));
        return known == null ? person : new Person(known.id(), person.name(), person.role());
    }

    static PagePlan plan(PublishedMinutes page, ImportTarget target) {
        MeetingDetails meeting = page.meeting();
        MinutesToCommands plan = new MinutesToCommands(target, page);
        PlannedFact committee = new PlannedFact("committee", 1, new RegisterCommittee(target.committeeId(),
                target.committeeName(), target.council(), kindOf(target.committeeName()), target.timeZone()));
        plan.schedule();
        List<Placed> items = plan.agenda(page.items());
        plan.add("opening", new OpenMeeting(target.meetingId(), meeting.openedAt() == null ? null
                : plan.civil(meeting.openedAt()), meeting.chair(), null));
        for (Attendee attendee : page.attendance()) {
            plan.line = attendee.line();
            attendee.accept(plan.new Attending());
        }
        items.forEach(placed -> placed.item().facts().stream().filter(ItemFact.Question.class::isInstance)
                .map(fact -> ((ItemFact.Question) fact).kind()).forEach(plan.askedOnThePage::add));
        items.forEach(plan::business);
        if (meeting.closedAt() != null) {
            // a meeting whose close the page does not give is not said to have closed
            plan.add("closing", new CloseMeeting(target.meetingId(), plan.civil(meeting.closedAt()), null));
        }
        return new PagePlan(target.committeeId(), committee, target.meetingId(), List.copyOf(plan.facts),
                List.copyOf(plan.warnings));
    }

    /** An item with the id it is recorded under. */
    private record Placed(Item item, String itemId) {
    }

    private void schedule() {
        LocalTime start = meeting.startsAt();
        LocalDate date = target.date();
        add("meeting", new ScheduleMeeting(target.meetingId(), target.committeeId(), meeting.title() != null
                ? meeting.title() : target.committeeName(), meeting.special(), start == null || date == null
                ? null : civil(start), start == null ? date : null, meeting.venue(), meeting.contacts(),
                meeting.webcastUrl()));
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
        add("item/" + itemId, new AddAgendaItem(target.meetingId(), itemId, item.number(), parentItemId,
                item.title(), item.agendaText(), null, item.documents(), item.exemption(), null));
        if (item.number() != null) {
            itemsByNumber.putIfAbsent(item.number(), itemId);
        }
        return new Placed(item, itemId);
    }

    /** Who attended, each kind of attendee as its command. */
    private final class Attending implements Attendee.Visitor<Void> {

        private String who(Attendee attendee) {
            return PageIds.slug(attendee.person().asWritten(), 48);
        }

        @Override
        public Void present(Attendee.Present present) {
            add("present/" + who(present), new RecordAttendance(target.meetingId(), recorded(present.person()), null));
            return null;
        }

        @Override
        public Void apology(Attendee.Apology apology) {
            add("apology/" + who(apology), new RecordApology(target.meetingId(), apology.person(), null, null));
            return null;
        }

        @Override
        public Void substitute(Attendee.Substitute substitute) {
            add("substitute/" + who(substitute), new RecordSubstitute(target.meetingId(), substitute.person(),
                    substitute.forMember(), null));
            return null;
        }

        @Override
        public Void earlierAbsence(Attendee.EarlierAbsence absence) {
            add("earlier-absence/" + who(absence), new RecordEarlierAbsenceApology(target.meetingId(),
                    absence.person(), absence.absences(), null));
            return null;
        }

        @Override
        public Void officer(Attendee.Officer officer) {
            add("officer/" + who(officer), new RecordOfficerAttendance(target.meetingId(), officer.person(), null,
                    null));
            return null;
        }

        @Override
        public Void guest(Attendee.Guest guest) {
            add("guest/" + who(guest), new RecordGuestAttendance(target.meetingId(), guest.person(),
                    guest.capacity(), null));
            return null;
        }
    }

    private void business(Placed placed) {
        Business business = new Business(placed.itemId(), placed.item());
        for (ItemFact fact : placed.item().facts()) {
            line = fact.line();
            business.next(fact);
            fact.accept(business);
        }
        if (!placed.item().minute().isEmpty()) {
            line = placed.item().line();
            add(placed.itemId() + "/minute", new MinuteItem(target.meetingId(), placed.itemId(),
                    placed.item().minute(), placed.item().cutOff(), null));
        }
    }

    /** The business of one item, each kind of fact as its commands. */
    private final class Business implements ItemFact.Visitor<Void> {

        private final String itemId;
        private final Item item;
        private String key;
        private String id;
        private String resolutionId;

        Business(String itemId, Item item) {
            this.itemId = itemId;
            this.item = item;
        }

        /** The key and id of the next fact: "item-28/decision", its second "item-28/decision-2". */
        void next(ItemFact fact) {
            String base = itemId + "/" + kebab(fact.factName());
            int n = ordinals.merge(base, 1, Integer::sum);
            id = n == 1 ? base.replace('/', '-') : base.replace('/', '-') + "-" + n;
            key = n == 1 ? base : base + "-" + n;
        }

        private String meetingId() {
            return target.meetingId();
        }

        @Override
        public Void noInterests(ItemFact.NoInterests fact) {
            add(key, new RecordNoDeclarations(meetingId(), itemId, null));
            return null;
        }

        @Override
        public Void interest(ItemFact.Interest fact) {
            add(key, new DeclareInterest(meetingId(), ids.unique("interest-" + PageIds.slug(fact.member().asWritten(),
                    48)), fact.member(), itemNumbered(fact.onItem()), fact.words(), fact.category(), fact.leftRoom(),
                    fact.tookNoPartInVote(), null, null));
            return null;
        }

        @Override
        public Void partyWhip(ItemFact.PartyWhip fact) {
            add(key, new DeclarePartyWhip(meetingId(), ids.unique("whip-" + PageIds.slug(fact.member().asWritten(),
                    48)), fact.member(), itemId, fact.words(), null));
            return null;
        }

        @Override
        public Void noPartyWhip(ItemFact.NoPartyWhip fact) {
            add(key, new RecordNoPartyWhip(meetingId(), itemId, null));
            return null;
        }

        @Override
        public Void minutesConfirmed(ItemFact.MinutesConfirmed fact) {
            add(key, new ConfirmPreviousMinutes(meetingId(), itemId, null, fact.meetingDate(),
                    fact.correctionsNoted(), fact.takenAsRead(), fact.signed(), null, fact.movedBy(),
                    fact.secondedBy(), null));
            return null;
        }

        @Override
        public Void earlierMinutesCorrection(ItemFact.EarlierMinutesCorrection fact) {
            add(key, new NoteEarlierMinutesCorrection(meetingId(), itemId, null, fact.meetingDate(), fact.text(),
                    null));
            return null;
        }

        @Override
        public Void noMattersArising(ItemFact.NoMattersArising fact) {
            add(key, new RecordNoMattersArising(meetingId(), itemId, fact.text(), null));
            return null;
        }

        @Override
        public Void announcement(ItemFact.Announcement fact) {
            add(key, new MakeChairsAnnouncement(meetingId(), itemId, fact.text(), null));
            return null;
        }

        @Override
        public Void noPetitions(ItemFact.NoPetitions fact) {
            add(key, new RecordNoPetitions(meetingId(), itemId, fact.text(), null));
            return null;
        }

        @Override
        public Void petition(ItemFact.Petition fact) {
            add(key, new ReceivePetition(meetingId(), itemId, ids.unique(id), fact.title(), fact.presentedBy(),
                    fact.signatures(), fact.text(), null));
            return null;
        }

        @Override
        public Void noQuestions(ItemFact.NoQuestions fact) {
            if (askedOnThePage.contains(fact.kind())) {
                warn(fact.line(), "\"" + fact.text() + "\", yet a " + fact.kind().name().toLowerCase(Locale.ROOT)
                        + " question is minuted: the record keeps the question, these words stay in the minute");
            } else {
                add(key, new RecordNoQuestions(meetingId(), itemId, fact.kind(), fact.text(), null));
            }
            return null;
        }

        @Override
        public Void noRepresentations(ItemFact.NoRepresentations fact) {
            add(key, new RecordNoRepresentations(meetingId(), itemId, fact.text(), null));
            return null;
        }

        @Override
        public Void representation(ItemFact.Representation fact) {
            add(key, new ReceiveRepresentation(meetingId(), itemId, ids.unique(id), fact.kind(), fact.from(), null,
                    fact.takenAsRead(), null));
            return null;
        }

        @Override
        public Void question(ItemFact.Question fact) {
            String questionId = ids.unique(id);
            add(key, new AskQuestion(meetingId(), itemId, questionId, fact.kind(), fact.askedBy(), fact.askedOf(),
                    fact.text(), fact.standingOrder(), fact.atChairsDiscretion(), null));
            if (fact.answer() != null) {
                add(key + "/answer", new AnswerQuestion(meetingId(), questionId, fact.answer().by(),
                        fact.answer().text(), null));
            }
            if (fact.supplementary() != null) {
                add(key + "/supplementary", new AskSupplementaryQuestion(meetingId(), questionId,
                        fact.supplementary(), null));
            }
            if (fact.supplementaryAnswer() != null) {
                add(key + "/supplementary-answer", new AnswerSupplementaryQuestion(meetingId(), questionId,
                        fact.supplementaryAnswer().by(), fact.supplementaryAnswer().text(), null));
            }
            if (fact.writtenReplyPromisedBy() != null) {
                add(key + "/written-reply-promise", new PromiseWrittenReply(meetingId(), questionId,
                        fact.writtenReplyToSupplementary(), fact.writtenReplyPromisedBy(), null));
            }
            return null;
        }

        @Override
        public Void noUrgentItems(ItemFact.NoUrgentItems fact) {
            add(key, new RecordNoUrgentItems(meetingId(), itemId, fact.text(), null));
            return null;
        }

        @Override
        public Void report(ItemFact.Report fact) {
            add(key, new RecordReportConsidered(meetingId(), itemId, fact.form(), null, fact.submittedBy(),
                    fact.presentedBy(), fact.reference(), null));
            return null;
        }

        @Override
        public Void noted(ItemFact.Noted fact) {
            add(key, new RecordItemNoted(meetingId(), itemId, fact.text(), null));
            return null;
        }

        @Override
        public Void deferred(ItemFact.Deferred fact) {
            add(key, new DeferItem(meetingId(), itemId, fact.reason(), null));
            return null;
        }

        @Override
        public Void withdrawn(ItemFact.Withdrawn fact) {
            add(key, new WithdrawItem(meetingId(), itemId, fact.reason(), null));
            return null;
        }

        @Override
        public Void decision(ItemFact.Decision fact) {
            if (!fact.carried() && fact.vote() == null) {
                // the record keeps a motion lost with the vote that lost it
                warn(fact.line(), "A motion lost, with no vote stated: it stays in the minute's words only");
                return null;
            }
            resolutionId = ids.unique(id);
            add(key, fact.carried()
                    ? new PassResolution(meetingId(), itemId, resolutionId, fact.form(), fact.preamble(),
                    fact.parts(), fact.movedBy(), fact.secondedBy(), fact.vote(), null)
                    : new RecordLostMotion(meetingId(), itemId, resolutionId, fact.form(), fact.preamble(),
                    fact.parts(), fact.movedBy(), fact.secondedBy(), fact.vote(), null));
            return null;
        }

        @Override
        public Void furtherReport(ItemFact.FurtherReport fact) {
            add(key, new RequestFurtherReport(meetingId(), itemId, ids.unique(id), fact.fromDecision()
                    ? resolutionId : null, fact.subject(), fact.toBody(), fact.dueMeetingDate(), null));
            return null;
        }

        @Override
        public Void referral(ItemFact.Referral fact) {
            add(key, new MakeReferral(meetingId(), itemId, ids.unique(id), fact.fromDecision() ? resolutionId : null,
                    fact.toBody(), fact.subject(), null));
            return null;
        }

        @Override
        public Void action(ItemFact.Action fact) {
            add(key, new AgreeAction(meetingId(), itemId, ids.unique(id), fact.fromDecision() ? resolutionId : null,
                    fact.description(), null, null, null));
            return null;
        }

        @Override
        public Void futureMeetingDates(ItemFact.FutureMeetingDates fact) {
            // a day the page gives without a time is noted without one, never at a time the page does not say
            add(key, new NoteFutureMeetingDates(meetingId(), itemId, fact.dates(), null));
            return null;
        }

        /** An election is the decision the page words it as, with its nomination's mover and seconder. */
        @Override
        public Void election(ItemFact.Election fact) {
            ItemFact.Nomination nomination = item.facts().stream().filter(ItemFact.Nomination.class::isInstance)
                    .map(ItemFact.Nomination.class::cast).filter(n -> n.nominee().sameAs(fact.elected()))
                    .findFirst().orElse(null);
            resolutionId = ids.unique(id);
            add(key, new PassResolution(meetingId(), itemId, resolutionId, ResolutionForm.RESOLVED, null,
                    List.of(new ResolutionPart(null, fact.words())), nomination == null ? null
                    : nomination.proposedBy(), nomination == null ? null : nomination.secondedBy(), null, null));
            return null;
        }

        @Override
        public Void lateArrival(ItemFact.LateArrival fact) {
            add(key, new RecordLateArrival(meetingId(), present(fact.member()), itemId, null));
            return null;
        }

        @Override
        public Void earlyDeparture(ItemFact.EarlyDeparture fact) {
            add(key, new RecordEarlyDeparture(meetingId(), present(fact.member()), itemId, null));
            return null;
        }

        /** A member who came or went was there: recorded present first where the page lists them nowhere. */
        private Person present(Person member) {
            Person recorded = recorded(member);
            boolean listed = attendance.stream().anyMatch(attendee -> attendee instanceof Attendee.Present
                    && attendee.person().sameAs(member));
            if (!listed && ordinals.merge("present/" + recorded.id(), 1, Integer::sum) == 1) {
                add("present/" + PageIds.slug(member.asWritten(), 48), new RecordAttendance(meetingId(), recorded,
                        null));
            }
            return recorded;
        }

        @Override
        public Void nomination(ItemFact.Nomination fact) {
            boolean elected = item.facts().stream().anyMatch(f -> f instanceof ItemFact.Election election
                    && election.elected().sameAs(fact.nominee()));
            if (!elected) {
                warn(fact.line(), "A nomination of " + fact.nominee().asWritten() + " stays in the minute's words: "
                        + "the record keeps the election, not each nomination");
            }
            return null;
        }
    }

    /** The item a declaration names ("an interest in item 4"), when the page has it; else a general declaration. */
    private String itemNumbered(String number) {
        return number == null ? null : itemsByNumber.get(number);
    }

    private void warn(int at, String message) {
        warnings.add(new ReadingWarning(at, message));
    }

    private void add(String key, Object command) {
        facts.add(new PlannedFact(key, line, command));
    }

    /** A time of the meeting as the API takes it: on its day when the day is known, else a time of day. */
    private MeetingTime civil(LocalTime time) {
        LocalDate date = target.date();
        return MeetingTime.parse(date == null ? time.toString() : date.atTime(time).toString());
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static CommitteeKind kindOf(String committee) {
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
