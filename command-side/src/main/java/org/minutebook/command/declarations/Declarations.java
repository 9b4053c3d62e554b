package org.minutebook.command.declarations;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.attendance.Attendance;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.events.Person;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.declarations.NoInterestsDeclared;
import org.minutebook.events.declarations.NoPartyWhipDeclared;
import org.minutebook.events.declarations.PartyWhipDeclared;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Declarations of interest and of the party whip, by members present. "No declarations were made" and a
 * declaration contradict each other, so one refuses the other. A declaration for an item says who may vote on it
 * (a pecuniary interest without a dispensation, leaving the room, taking no part: {@code Sitting}), so one made
 * after the item's votes were recorded must leave them lawful.
 */
public final class Declarations {

    private final MeetingState state;
    private final Agenda agenda;
    private final Attendance attendance;
    private final Set<String> declarationIds = new HashSet<>();
    private int interests;
    private boolean noInterests;
    private int whips;
    private boolean noWhip;

    public Declarations(MeetingState state, Agenda agenda, Attendance attendance) {
        this.state = state;
        this.agenda = agenda;
        this.attendance = attendance;
    }

    @CommandHandler
    void handle(DeclareInterest command, CommitteeRoster committees) {
        state.requireRecordable();
        if (command.itemId() != null) {
            agenda.requireItem(command.itemId(), "itemId");
        }
        requireDeclarable(command.declarationId(), command.member());
        if (noInterests) {
            throw contradiction("No declarations of interest were recorded at this meeting");
        }
        InterestCategory category = command.category() == null ? InterestCategory.NOT_STATED : command.category();
        // leaving the room, an interest that bars the vote, or taking no part, said after the item's votes are
        // recorded, must leave them lawful
        state.requireRecordedVotesStand(agenda.sitting(facts -> facts.declared(command.member(), command.itemId(),
                category, command.leftRoom(), command.tookNoPartInVote(), command.dispensation()), committees),
                agenda::named, "member");
        apply(new InterestDeclared(state.meetingId(), command.declarationId(), command.member(), command.itemId(),
                command.words(), category, command.leftRoom(), command.tookNoPartInVote(), command.dispensation()));
    }

    @CommandHandler
    void handle(RecordNoDeclarations command) {
        state.requireRecordable();
        agenda.requireItem(command.itemId(), "itemId");
        if (interests > 0 || noInterests) {
            throw contradiction("Declarations of interest are already recorded at this meeting");
        }
        apply(new NoInterestsDeclared(state.meetingId(), command.itemId()));
    }

    @CommandHandler
    void handle(DeclarePartyWhip command) {
        state.requireRecordable();
        agenda.requireItem(command.itemId(), "itemId");
        requireDeclarable(command.declarationId(), command.member());
        if (noWhip) {
            throw contradiction("\"No declarations of the party whip\" is recorded at this meeting");
        }
        apply(new PartyWhipDeclared(state.meetingId(), command.declarationId(), command.member(), command.itemId(),
                command.words()));
    }

    @CommandHandler
    void handle(RecordNoPartyWhip command) {
        state.requireRecordable();
        agenda.requireItem(command.itemId(), "itemId");
        if (whips > 0 || noWhip) {
            throw contradiction("Declarations of the party whip are already recorded at this meeting");
        }
        apply(new NoPartyWhipDeclared(state.meetingId(), command.itemId()));
    }

    private void requireDeclarable(String declarationId, Person member) {
        if (declarationIds.contains(declarationId)) {
            throw DeclarationRules.DECLARATION_ALREADY_RECORDED.broken("Declaration " + declarationId
                    + " is already recorded").at("declarationId");
        }
        if (!attendance.takesPart(member)) {
            throw DeclarationRules.DECLARANT_NOT_PRESENT.broken(member.asWritten()
                    + " is not recorded as present, so cannot declare at this meeting")
                    .at("member");
        }
    }

    private static RuleViolation contradiction(String message) {
        return DeclarationRules.DECLARATIONS_CONTRADICT.broken(message);
    }

    @EventSourcingHandler
    void on(InterestDeclared event) {
        declarationIds.add(event.declarationId());
        interests++;
        state.sitting().declared(event.member(), event.itemId(), event.category(), event.leftRoom(),
                event.tookNoPartInVote(), event.dispensation());
    }

    @EventSourcingHandler
    void on(NoInterestsDeclared event) {
        noInterests = true;
    }

    @EventSourcingHandler
    void on(PartyWhipDeclared event) {
        declarationIds.add(event.declarationId());
        whips++;
    }

    @EventSourcingHandler
    void on(NoPartyWhipDeclared event) {
        noWhip = true;
    }
}
