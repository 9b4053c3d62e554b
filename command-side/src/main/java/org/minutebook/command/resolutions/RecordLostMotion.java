package org.minutebook.command.resolutions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.Vote;

import java.util.List;

/** Record a motion that was put to the vote and lost, with the debate on it as the minutes tell it. */
public record RecordLostMotion(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String resolutionId,
        @NotNull ResolutionForm form,
        @Size(max = 4000) String preamble,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid ResolutionPart> parts,
        @Valid Person movedBy,
        @Valid Person secondedBy,
        @Valid Vote vote,
        @Size(max = 10) List<@NotNull @Valid Vote> earlierVotes,
        @Size(max = 30) List<@NotNull @Valid Amendment> amendments,
        @TargetAggregateVersion Long expectedVersion) {

    public RecordLostMotion {
        resolutionId = Ids.orNew(resolutionId);
        earlierVotes = earlierVotes == null ? List.of() : earlierVotes;
        amendments = amendments == null ? List.of() : amendments;
    }

    /** A motion lost with no debate minuted beyond its mover, seconder and vote. */
    public RecordLostMotion(String meetingId, String itemId, String resolutionId, ResolutionForm form,
                            String preamble, List<ResolutionPart> parts, Person movedBy, Person secondedBy, Vote vote,
                            Long expectedVersion) {
        this(meetingId, itemId, resolutionId, form, preamble, parts, movedBy, secondedBy, vote, List.of(), List.of(),
                expectedVersion);
    }
}
