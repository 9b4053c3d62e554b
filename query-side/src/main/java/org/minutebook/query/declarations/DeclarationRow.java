package org.minutebook.query.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.minutebook.events.Person;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;

/**
 * A declaration made at a meeting ({@code kind} interest or party-whip), or the record that none were
 * (no-interests, no-party-whip): then it names no member.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeclarationRow(String id, @JsonUnwrapped Where where, FactKind kind, String declarationId, Person member,
                      String words, InterestCategory category, Boolean leftRoom, Boolean tookNoPartInVote,
                      String dispensation)
        implements Register.Row {
}
