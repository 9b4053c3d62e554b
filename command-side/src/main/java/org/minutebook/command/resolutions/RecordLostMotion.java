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
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.Vote;

import java.util.List;

/** Record a motion that was put to the vote and lost. */
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
        @TargetAggregateVersion Long expectedVersion) {

    public RecordLostMotion {
        resolutionId = Ids.orNew(resolutionId);
    }
}
