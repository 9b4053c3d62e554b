package org.minutebook.command.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.ForCouncil;
import org.minutebook.command.platform.PlainText;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.TimeZoneId;
import org.minutebook.events.committees.CommitteeKind;

/**
 * Register a committee; a retry with the same id and details records nothing new. The council is left out when it
 * is not stated (a published page often names only the committee). Left without an id, the committee is known by
 * one read from its name ("Children and Families Overview and Scrutiny Committee" is {@code
 * children-and-families-overview-and-scrutiny-committee}), as it reads in every public address.
 */
public record RegisterCommittee(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String committeeId,
        @PlainText @NotBlank @Size(max = 300) String name,
        @PlainText @Size(min = 1, max = 300) String council,
        @NotNull CommitteeKind kind,
        @TimeZoneId String timeZone) implements ForCouncil {

    /** Councils in England keep the time of Europe/London unless they say otherwise. */
    public static final String DEFAULT_TIME_ZONE = "Europe/London";

    public RegisterCommittee {
        committeeId = committeeId == null || committeeId.isBlank() ? Ids.readable(name, 64) : committeeId;
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
    }
}
