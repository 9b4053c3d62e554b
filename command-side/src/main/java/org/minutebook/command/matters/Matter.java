package org.minutebook.command.matters;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.command.platform.ForCouncil;
import org.minutebook.events.matters.MatterConsiderationStruckOut;
import org.minutebook.events.matters.MatterConsidered;
import org.minutebook.events.matters.MatterCorrected;
import org.minutebook.events.matters.MatterOpened;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A matter that runs across meetings: its title and kind, and the agenda items that took it up. */
@Aggregate(cache = "matterCache")
class Matter {

    @AggregateIdentifier
    private String matterId;
    private MatterOpened opened;
    private String title;
    private String kind;
    private final Set<Step> path = new LinkedHashSet<>();

    protected Matter() {
        // rebuilt from its events
    }

    /** Every command to the matter is its council's, and so is every meeting it names. */
    @CommandHandlerInterceptor
    void withinCouncilScope(Object command, CouncilScope councils) {
        councils.requireServedCouncil(opened != null ? opened.council() : ((ForCouncil) command).council());
        councils.requireServed(null, command);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenMatter command) {
        MatterOpened requested = new MatterOpened(command.matterId(), command.council(), command.title(),
                command.kind());
        if (opened == null) {
            apply(requested);
        } else if (!opened.equals(requested)) {
            throw MatterRules.MATTER_ALREADY_OPENED.broken("Matter " + command.matterId()
                    + " is already opened with other details").at("matterId");
        }
    }

    @CommandHandler
    void handle(CorrectMatter command) {
        if (command.title().equals(title) && Objects.equals(command.kind(), kind)) {
            throw MatterRules.MATTER_CORRECTION_CHANGES_NOTHING.broken("The matter already reads so").at("title");
        }
        apply(new MatterCorrected(matterId, command.title(), command.kind(), command.reason()));
    }

    @CommandHandler
    void handle(ConsiderMatter command, RecordedItems items) {
        Step step = new Step(command.atMeetingId(), command.itemId());
        if (path.contains(step)) {
            throw MatterRules.ITEM_ALREADY_ON_PATH.broken("Item " + command.itemId() + " of " + command.atMeetingId()
                    + " already takes the matter up").at("itemId");
        }
        String council = items.councilOfItem(command.atMeetingId(), command.itemId())
                .orElseThrow(() -> MatterRules.ITEM_NOT_RECORDED.broken("No item " + command.itemId()
                        + " is on the agenda of a meeting " + command.atMeetingId()).at("itemId"));
        if (!council.equals(opened.council())) {
            throw MatterRules.MEETING_OF_ANOTHER_COUNCIL.broken("Meeting " + command.atMeetingId() + " is of "
                    + (council.isEmpty() ? "no council named" : council) + "; the matter is " + opened.council()
                    + "'s").at("atMeetingId");
        }
        apply(new MatterConsidered(matterId, command.atMeetingId(), command.itemId()));
    }

    @CommandHandler
    void handle(StrikeOutConsideration command) {
        if (!path.contains(new Step(command.atMeetingId(), command.itemId()))) {
            throw MatterRules.ITEM_NOT_ON_PATH.broken("Item " + command.itemId() + " of " + command.atMeetingId()
                    + " is not on the matter's path").at("itemId");
        }
        apply(new MatterConsiderationStruckOut(matterId, command.atMeetingId(), command.itemId(), command.reason()));
    }

    @EventSourcingHandler
    void on(MatterOpened event) {
        matterId = event.matterId();
        opened = event;
        title = event.title();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(MatterCorrected event) {
        title = event.title();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(MatterConsidered event) {
        path.add(new Step(event.atMeetingId(), event.itemId()));
    }

    @EventSourcingHandler
    void on(MatterConsiderationStruckOut event) {
        path.remove(new Step(event.atMeetingId(), event.itemId()));
    }

    /** An item of a meeting on the matter's path. */
    private record Step(String meetingId, String itemId) {
    }
}
