package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An extension ({@code minutebook:declarations}): an interest a member declared, for the whole meeting or on an
 * agenda item, in the words of the minutes, its category, and whether they left the room, took no part in the vote
 * or held a dispensation; or a party whip declared ({@code category} {@code PARTY_WHIP}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeclaredInterest(String person, String name, String agendaItem, String category, String words,
                               Boolean leftRoom, Boolean tookNoPartInVote, String dispensation) {
}
