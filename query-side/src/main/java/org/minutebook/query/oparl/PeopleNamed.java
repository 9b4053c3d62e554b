package org.minutebook.query.oparl;

import org.minutebook.events.Person;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Replies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everyone a meeting's record names, by name or by office, with the fact that names them: the people OParl lists
 * ({@code Person}). Every kind of fact answers, so a new kind does not compile until it says whom it names.
 */
final class PeopleNamed implements Fact.Visitor<List<Person>> {

    private static final PeopleNamed NAMED = new PeopleNamed();

    /** A person and the fact that names them (null: the meeting's own details, such as its chair). */
    record Mention(Person person, Fact fact) {
    }

    private PeopleNamed() {
    }

    /** Everyone the record names, in the order of the minutes, each mention once per fact. */
    static List<Mention> in(MeetingRecord record) {
        List<Mention> mentions = new ArrayList<>();
        if (record.chair() != null) {
            mentions.add(new Mention(record.chair(), null));
        }
        List<Fact> facts = new ArrayList<>();
        facts.addAll(record.roles());
        facts.addAll(record.attendance());
        facts.addAll(record.generalDeclarations());
        record.items().stream().map(AgendaItem::business).forEach(facts::addAll);
        facts.addAll(record.completions());
        record.minutesConfirmation().ifPresent(facts::add);
        for (Fact fact : facts) {
            fact.accept(NAMED).forEach(person -> mentions.add(new Mention(person, fact)));
        }
        return mentions.stream().filter(mention -> mention.person().identity() != null).toList();
    }

    /** Whom one fact names. */
    static List<Person> by(Fact fact) {
        return fact.accept(NAMED).stream().filter(person -> person.identity() != null).toList();
    }

    private static List<Person> people(Person... named) {
        return Stream.of(named).filter(Objects::nonNull).toList();
    }

    private static final List<Person> NO_ONE = List.of();

    @Override
    public List<Person> on(Fact.Present fact) {
        return people(fact.member());
    }

    @Override
    public List<Person> on(Fact.Apologies fact) {
        return people(fact.member());
    }

    @Override
    public List<Person> on(Fact.Substitute fact) {
        return people(fact.substitute(), fact.forMember());
    }

    @Override
    public List<Person> on(Fact.Officer fact) {
        return people(fact.officer());
    }

    @Override
    public List<Person> on(Fact.Guest fact) {
        return people(fact.guest());
    }

    @Override
    public List<Person> on(Fact.EarlierAbsence fact) {
        return people(fact.member());
    }

    @Override
    public List<Person> on(Fact.LateArrival fact) {
        return people(fact.member());
    }

    @Override
    public List<Person> on(Fact.EarlyDeparture fact) {
        return people(fact.member());
    }

    @Override
    public List<Person> on(Fact.Interest fact) {
        return people(fact.member());
    }

    @Override
    public List<Person> on(Fact.NoInterests fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.PartyWhip fact) {
        return people(fact.member());
    }

    @Override
    public List<Person> on(Fact.NoPartyWhip fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.Report fact) {
        return fact.presentedBy() == null ? NO_ONE : fact.presentedBy().stream().filter(Objects::nonNull).toList();
    }

    @Override
    public List<Person> on(Fact.Minute fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.Noted fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.NoMattersArising fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.Representation fact) {
        return people(fact.from());
    }

    @Override
    public List<Person> on(Fact.NoRepresentations fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.UrgentItem fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.NoUrgentItems fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.EarlierMinutesCorrection fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.Announcement fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.Petition fact) {
        return people(fact.presentedBy());
    }

    @Override
    public List<Person> on(Fact.NoPetitions fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.NoQuestions fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.FutureMeetingDates fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.PreviousMinutes fact) {
        return people(fact.signedBy());
    }

    @Override
    public List<Person> on(Fact.Deferral fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.Withdrawal fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.Motion fact) {
        List<Person> named = new ArrayList<>(people(fact.movedBy(), fact.secondedBy()));
        fact.earlierVotes().forEach(vote -> named.addAll(voters(vote)));
        named.addAll(voters(fact.vote()));
        for (Amendment amendment : fact.amendments()) {
            named.addAll(people(amendment.movedBy(), amendment.secondedBy()));
            amendment.earlierVotes().forEach(vote -> named.addAll(voters(vote)));
            named.addAll(voters(amendment.vote()));
        }
        return named;
    }

    /** The members a vote names, the casting vote's too. */
    private static List<Person> voters(Vote vote) {
        if (vote == null) {
            return NO_ONE;
        }
        List<Person> voters = new ArrayList<>(vote.memberVotes().stream().map(MemberVote::member)
                .filter(Objects::nonNull).toList());
        if (vote.castingVote() != null && vote.castingVote().member() != null) {
            voters.add(vote.castingVote().member());
        }
        return voters;
    }

    @Override
    public List<Person> on(Fact.Question fact) {
        List<Person> named = new ArrayList<>(people(fact.askedBy()));
        Replies replies = fact.replies();
        if (replies != null) {
            Stream.of(replies.answer(), replies.supplementaryAnswer()).filter(Objects::nonNull)
                    .map(Replies.Reply::answeredBy).filter(Objects::nonNull).forEach(named::add);
            Stream.of(replies.writtenReply(), replies.supplementaryWrittenReply()).filter(Objects::nonNull)
                    .map(Replies.WrittenReply::promisedBy).filter(Objects::nonNull).forEach(named::add);
        }
        return named;
    }

    @Override
    public List<Person> on(Fact.Completion fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.Role fact) {
        return people(fact.person());
    }

    @Override
    public List<Person> on(Fact.MinutesConfirmation fact) {
        return people(fact.chairOfConfirmingMeeting(), fact.signedBy());
    }

    @Override
    public List<Person> on(Fact.FurtherReport fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.Referral fact) {
        return NO_ONE;
    }

    @Override
    public List<Person> on(Fact.AgreedAction fact) {
        return NO_ONE;
    }
}
