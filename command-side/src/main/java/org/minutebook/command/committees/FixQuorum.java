package org.minutebook.command.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.committees.WhenInquorate;

import java.time.LocalDate;

/**
 * Fix the committee's quorum from a date, as its standing orders do: a number of members, or one part in
 * {@code divisor} of the members serving (rounded up) with a floor; what becomes of a decision taken without it;
 * whether remote attendance counts as presence.
 */
public record FixQuorum(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String committeeId,
        @Positive Integer members,
        @Positive Integer divisor,
        @Positive Integer atLeast,
        @NotNull WhenInquorate whenInquorate,
        boolean remoteAttendanceCounts,
        @PlainText @Size(max = 2000) String standingOrder,
        @NotNull LocalDate from,
        @TargetAggregateVersion Long expectedVersion) {
}
