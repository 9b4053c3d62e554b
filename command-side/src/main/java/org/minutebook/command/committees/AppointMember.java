package org.minutebook.command.committees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;
import org.minutebook.events.committees.CommitteeRole;

import java.time.LocalDate;

/**
 * Appoint a member to the committee, as the page lists them: by name, with their role and the first day of their
 * membership when the page gives them. A member without an id is given one read from their name ("Mrs H. J. Fryer
 * CC" is {@code mrs-h-j-fryer-cc}), so every meeting of the committee knows them as the same person.
 */
public record AppointMember(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String committeeId,
        @NotNull @Valid Person member,
        CommitteeRole role,
        LocalDate from,
        @TargetAggregateVersion Long expectedVersion) {

    public AppointMember {
        if (member != null && member.id() == null && member.name() != null) {
            member = new Person(Ids.readable(member.name(), 64), member.name(), member.role());
        }
    }
}
