package org.minutebook.command.resolutions;

import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.events.Person;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.AmendmentOutcome;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.events.sitting.Sitting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The debate on a motion at an item, read against who presided and who was present there ({@link Sitting}): its
 * parts, its amendments and what became of each, its votes. First what the debate says must be true whatever is
 * recorded (each vote read, each amendment's outcome agreeing with its vote: 422), then what it says of the record
 * (each mover, seconder and voter present in law at the item and not barred, no more votes than those entitled:
 * 409).
 */
final class Debate {

    private final Sitting sitting;
    private final String itemId;
    private final Function<String, String> itemNamed;

    Debate(Sitting sitting, String itemId, Function<String, String> itemNamed) {
        this.sitting = sitting;
        this.itemId = itemId;
        this.itemNamed = itemNamed;
    }

    /** The parts with their ids, each id once. */
    static List<ResolutionPart> parts(List<ResolutionPart> given) {
        List<ResolutionPart> parts = ResolutionPart.identified(given);
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < parts.size(); index++) {
            if (!ids.add(parts.get(index).partId())) {
                throw DecisionRules.PART_ID_REPEATED.broken("Part " + parts.get(index).partId() + " is named twice:"
                        + " each part of a decision has its own id").at("parts[" + index + "].partId");
            }
        }
        return parts;
    }

    /** The motion's votes read: those before the deciding one, then the deciding one; whether it carried. */
    Optional<Boolean> carried(Vote vote, List<Vote> earlierVotes) {
        return carried(vote, earlierVotes, "");
    }

    /** Votes read, their fields named under {@code at} ("amendments[1]."). */
    private Optional<Boolean> carried(Vote vote, List<Vote> earlierVotes, String at) {
        for (int index = 0; index < earlierVotes.size(); index++) {
            Tally.of(earlierVotes.get(index), sitting, itemId, at + "earlierVotes[" + index + "]");
        }
        return vote == null ? Optional.empty() : Tally.of(vote, sitting, itemId, at + "vote").carried();
    }

    /** The amendments with their ids ("1", "2"… where none is given), each outcome agreeing with its votes. */
    List<Amendment> amendments(List<Amendment> given) {
        List<Amendment> amendments = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < given.size(); index++) {
            Amendment amendment = given.get(index);
            String field = "amendments[" + index + "]";
            String id = amendment.amendmentId() != null ? amendment.amendmentId() : Integer.toString(index + 1);
            if (!ids.add(id)) {
                throw DecisionRules.AMENDMENT_ID_REPEATED.broken("Amendment " + id + " is named twice: each amendment"
                        + " to a motion has its own id").at(field + ".amendmentId");
            }
            requireOutcomeAsVoted(amendment, field);
            amendments.add(new Amendment(id, amendment.text(), amendment.movedBy(), amendment.secondedBy(),
                    amendment.outcome(), amendment.vote(), amendment.earlierVotes()));
        }
        return amendments;
    }

    private void requireOutcomeAsVoted(Amendment amendment, String field) {
        boolean putToVote = amendment.outcome() == AmendmentOutcome.CARRIED
                || amendment.outcome() == AmendmentOutcome.LOST;
        if (!putToVote && (amendment.vote() != null || !amendment.earlierVotes().isEmpty())) {
            throw DecisionRules.AMENDMENT_NOT_PUT_TO_VOTE.broken("An amendment " + amendment.outcome().name()
                    .toLowerCase() + " was not put to the vote, so has no vote").at(field + ".vote");
        }
        Optional<Boolean> carried = carried(amendment.vote(), amendment.earlierVotes(), field + ".");
        if (amendment.outcome() == AmendmentOutcome.CARRIED && carried.equals(Optional.of(false))) {
            throw DecisionRules.VOTE_DOES_NOT_CARRY.broken("The vote recorded does not carry the amendment; record it"
                    + " as lost").at(field + ".vote");
        }
        if (amendment.outcome() == AmendmentOutcome.LOST && carried.equals(Optional.of(true))) {
            throw DecisionRules.VOTE_DOES_NOT_LOSE.broken("The vote recorded carries the amendment; record it as"
                    + " carried").at(field + ".vote");
        }
    }

    /**
     * Everyone who moved, seconded or voted took part lawfully: present in law at the item (or presiding at it),
     * not barred by an interest nor having said they took no part; and no vote counted more votes than there were
     * members entitled to vote.
     */
    void requireLawful(Person movedBy, Person secondedBy, Vote vote, List<Vote> earlierVotes,
                       List<Amendment> amendments) {
        requireMover(movedBy, "movedBy");
        requireMover(secondedBy, "secondedBy");
        for (int index = 0; index < amendments.size(); index++) {
            Amendment amendment = amendments.get(index);
            String field = "amendments[" + index + "]";
            requireMover(amendment.movedBy(), field + ".movedBy");
            requireMover(amendment.secondedBy(), field + ".secondedBy");
            requireVoters(amendment.earlierVotes(), field + ".earlierVotes");
            requireVoter(amendment.vote(), field + ".vote");
        }
        requireVoters(earlierVotes, "earlierVotes");
        requireVoter(vote, "vote");
    }

    private void requireMover(Person person, String field) {
        if (person == null) {
            return;
        }
        sitting.absence(person, itemId).ifPresent(absence -> {
            throw DecisionRules.MOVER_NOT_PRESENT.broken(person.asWritten() + " " + absence.says(itemNamed)
                    + ", so cannot move or second at " + itemNamed.apply(itemId)).at(field);
        });
        sitting.bar(person, itemId).ifPresent(bar -> {
            throw DecisionRules.MOVER_BARRED_BY_INTEREST.broken(person.asWritten() + " " + bar.says(itemNamed)
                    + ", so cannot move or second a motion on it").at(field);
        });
    }

    private void requireVoters(List<Vote> votes, String field) {
        for (int index = 0; index < votes.size(); index++) {
            requireVoter(votes.get(index), field + "[" + index + "]");
        }
    }

    private void requireVoter(Vote vote, String field) {
        if (vote == null) {
            return;
        }
        for (int index = 0; index < vote.memberVotes().size(); index++) {
            MemberVote cast = vote.memberVotes().get(index);
            if (cast.ballot().voted()) {
                requireMayVote(cast.member(), field + ".memberVotes[" + index + "].member");
            }
        }
        OptionalInt entitled = sitting.entitledToVote(itemId);
        int cast = Sitting.votesCast(vote);
        if (entitled.isPresent() && cast > entitled.getAsInt()) {
            throw DecisionRules.VOTES_EXCEED_THOSE_ENTITLED.broken(cast + " votes are recorded, but only "
                    + entitled.getAsInt() + " members present at " + itemNamed.apply(itemId)
                    + " were entitled to vote").at(field);
        }
    }

    private void requireMayVote(Person voter, String field) {
        sitting.absence(voter, itemId).ifPresent(absence -> {
            throw DecisionRules.VOTER_NOT_PRESENT.broken(voter.asWritten() + " " + absence.says(itemNamed)
                    + ", so cannot vote on " + itemNamed.apply(itemId)).at(field);
        });
        sitting.bar(voter, itemId).ifPresent(bar -> {
            RuleViolation barred = switch (bar.why()) {
                case INTEREST_WITHOUT_DISPENSATION -> DecisionRules.VOTER_BARRED_BY_INTEREST.broken(voter.asWritten()
                        + " " + bar.says(itemNamed) + ", so may not vote on it (Localism Act 2011, s.31(4))");
                case TOOK_NO_PART -> DecisionRules.VOTER_TOOK_NO_PART.broken(voter.asWritten() + " "
                        + bar.says(itemNamed) + ", so is not recorded voting");
            };
            throw barred.at(field);
        });
    }
}
