package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.Vote;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The importer's reading of a page in the words the corpus's expected facts are written in ({@code corpus/README.md}):
 * one fact a line, {@code kind: value}, items by their number or {@code [title]}. Every kind of fact the reader can
 * read is said here — through the visitors, so a new kind cannot be left out — so a value read that the clerk did
 * not write counts against the reader.
 */
final class CorpusFacts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CorpusFacts() {
    }

    static List<String> of(PublishedMinutes page) {
        List<String> facts = new ArrayList<>();
        MeetingDetails meeting = page.meeting();
        add(facts, "council", meeting.council());
        add(facts, "committee", meeting.committee());
        add(facts, "date", meeting.date() == null ? null : meeting.date().toString());
        add(facts, "starts", meeting.startsAt() == null ? null : meeting.startsAt().format(TIME));
        add(facts, "closes", meeting.closedAt() == null ? null : meeting.closedAt().format(TIME));
        add(facts, "venue", meeting.venue());
        add(facts, "special", meeting.special() ? "yes" : null);
        add(facts, "chair", meeting.chair() == null ? null : meeting.chair().name());
        meeting.contacts().forEach(contact -> add(facts, "contact", contact.name()));
        page.attendance().forEach(attendee -> facts.add(attendee.accept(ATTENDANCE)));
        int position = 0;
        for (Item item : page.items()) {
            item(facts, item, label(item, null, ++position));
        }
        return facts;
    }

    private static void item(List<String> facts, Item item, String label) {
        if (item.title() != null || item.number() != null) {
            facts.add("item " + label + ": " + (item.title() == null ? "" : item.title()));
        }
        if (item.cutOff()) {
            facts.add("item " + label + " cut-off: yes");
        }
        if (item.exemption() != null) {
            facts.add("item " + label + " exempt: " + item.exemption().schedule12AParagraph());
        }
        for (ItemFact fact : item.facts()) {
            fact.accept(new Said(label, facts));
        }
        int position = 0;
        for (Item part : item.parts()) {
            item(facts, part, label(part, label, ++position));
        }
    }

    /** "28", "[Apologies]"; a part "5.1" by its own number, "66/a" or "[x]/[y]" under its item's. */
    static String label(Item item, String parent, int position) {
        String number = item.number() == null ? null : item.number().replaceAll("^[(\\[]+|[).\\]]+$", "");
        if (number != null && !number.isEmpty() && (parent == null || number.matches(".*\\d.*"))) {
            return number;
        }
        String own = number != null && !number.isEmpty() ? number.toLowerCase(Locale.ROOT)
                : item.title() != null ? "[" + item.title() + "]" : "#" + position;
        return parent == null ? own : parent + "/" + own;
    }

    private static void add(List<String> facts, String kind, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(kind + ": " + value);
        }
    }

    private static final Attendee.Visitor<String> ATTENDANCE = new Attendee.Visitor<>() {
        @Override
        public String present(Attendee.Present attendee) {
            return "present: " + attendee.person().asWritten();
        }

        @Override
        public String apology(Attendee.Apology attendee) {
            return "apologies: " + attendee.person().asWritten();
        }

        @Override
        public String substitute(Attendee.Substitute attendee) {
            return "substitute: " + attendee.person().asWritten()
                    + (attendee.forMember() == null ? "" : " for " + attendee.forMember().asWritten());
        }

        @Override
        public String earlierAbsence(Attendee.EarlierAbsence attendee) {
            return "earlier-absence: " + attendee.person().asWritten();
        }

        @Override
        public String officer(Attendee.Officer attendee) {
            return "officer: " + attendee.person().asWritten();
        }

        @Override
        public String guest(Attendee.Guest attendee) {
            return "guest: " + attendee.person().asWritten();
        }
    };

    /** The facts of one item, each as a line under its label. */
    private record Said(String label, List<String> facts) implements ItemFact.Visitor<Void> {

        private Void say(String kind, Object value) {
            facts.add("item " + label + " " + kind + ": " + (value == null ? "yes" : value));
            return null;
        }

        private static String person(Person person) {
            return person == null ? null : person.asWritten();
        }

        @Override
        public Void noInterests(ItemFact.NoInterests fact) {
            return say("no-interests", null);
        }

        @Override
        public Void interest(ItemFact.Interest fact) {
            return say("interest", person(fact.member()) + (fact.onItem() == null ? "" : " on " + fact.onItem()));
        }

        @Override
        public Void partyWhip(ItemFact.PartyWhip fact) {
            return say("whip", person(fact.member()));
        }

        @Override
        public Void noPartyWhip(ItemFact.NoPartyWhip fact) {
            return say("no-whip", null);
        }

        @Override
        public Void minutesConfirmed(ItemFact.MinutesConfirmed fact) {
            say("minutes-confirmed", fact.meetingDate());
            if (fact.movedBy() != null) {
                say("moved", person(fact.movedBy()));
            }
            if (fact.secondedBy() != null) {
                say("seconded", person(fact.secondedBy()));
            }
            return null;
        }

        @Override
        public Void election(ItemFact.Election fact) {
            return say("elected", person(fact.elected()) + " as " + fact.office());
        }

        /** Said of the meeting, as the clerk writes who came and went: "late: Councillor Wilkinson". */
        @Override
        public Void lateArrival(ItemFact.LateArrival fact) {
            facts.add("late: " + person(fact.member()));
            return null;
        }

        @Override
        public Void earlyDeparture(ItemFact.EarlyDeparture fact) {
            facts.add("left: " + person(fact.member()));
            return null;
        }

        @Override
        public Void nomination(ItemFact.Nomination fact) {
            say("moved", person(fact.proposedBy()));
            return say("seconded", person(fact.secondedBy()));
        }

        @Override
        public Void earlierMinutesCorrection(ItemFact.EarlierMinutesCorrection fact) {
            return say("minutes-correction", fact.meetingDate());
        }

        @Override
        public Void noMattersArising(ItemFact.NoMattersArising fact) {
            return say("no-matters-arising", null);
        }

        @Override
        public Void announcement(ItemFact.Announcement fact) {
            return say("announcement", null);
        }

        @Override
        public Void noPetitions(ItemFact.NoPetitions fact) {
            return say("no-petitions", null);
        }

        @Override
        public Void petition(ItemFact.Petition fact) {
            return say("petition", fact.title());
        }

        @Override
        public Void noQuestions(ItemFact.NoQuestions fact) {
            return say("no-questions", null);
        }

        @Override
        public Void noRepresentations(ItemFact.NoRepresentations fact) {
            return say("no-representations", null);
        }

        @Override
        public Void representation(ItemFact.Representation fact) {
            return say("representation", person(fact.from()));
        }

        @Override
        public Void question(ItemFact.Question fact) {
            return say("question", person(fact.askedBy()));
        }

        @Override
        public Void noUrgentItems(ItemFact.NoUrgentItems fact) {
            return say("no-urgent-items", null);
        }

        @Override
        public Void report(ItemFact.Report fact) {
            return say("report", null);
        }

        @Override
        public Void noted(ItemFact.Noted fact) {
            return say("noted", null);
        }

        @Override
        public Void deferred(ItemFact.Deferred fact) {
            return say("deferred", null);
        }

        @Override
        public Void withdrawn(ItemFact.Withdrawn fact) {
            return say("withdrawn", null);
        }

        @Override
        public Void decision(ItemFact.Decision fact) {
            String words = fact.parts().stream().map(ResolutionPart::text).collect(Collectors.joining(" "));
            say(fact.carried() ? "resolved" : "lost", (fact.preamble() == null ? "" : fact.preamble() + " ") + words);
            if (fact.movedBy() != null) {
                say("moved", person(fact.movedBy()));
            }
            if (fact.secondedBy() != null) {
                say("seconded", person(fact.secondedBy()));
            }
            if (fact.vote() != null) {
                vote(fact.vote());
            }
            return null;
        }

        private void vote(Vote vote) {
            List<String> counts = new ArrayList<>();
            if (vote.votesFor() != null) {
                counts.add("for " + vote.votesFor());
            }
            if (vote.against() != null) {
                counts.add("against " + vote.against());
            }
            if (vote.abstentions() != null) {
                counts.add("abstentions " + vote.abstentions());
            }
            if (!counts.isEmpty()) {
                say("vote", String.join(" ", counts));
            }
            if (vote.castingVote() != null) {
                say("casting", person(vote.castingVote().member()) + " "
                        + vote.castingVote().ballot().name().toLowerCase(Locale.ROOT));
            }
        }

        @Override
        public Void furtherReport(ItemFact.FurtherReport fact) {
            return say("further-report", fact.subject());
        }

        @Override
        public Void referral(ItemFact.Referral fact) {
            return say("referral", fact.toBody());
        }

        @Override
        public Void action(ItemFact.Action fact) {
            return say("action", fact.description());
        }

        @Override
        public Void futureMeetingDates(ItemFact.FutureMeetingDates fact) {
            return say("future-dates", fact.dates().stream()
                    .map(day -> day.time() == null ? day.date().toString() : day.date() + " " + day.time()).collect(Collectors.joining(" ")));
        }
    }
}
