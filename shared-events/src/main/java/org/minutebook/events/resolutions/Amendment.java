package org.minutebook.events.resolutions;

import org.minutebook.events.Person;

import java.util.List;

/**
 * An amendment to a motion, as the minutes tell it: "Councillor Ali moved, and Councillor Orton seconded, that the
 * words 'by March' be added at the end of (b). The amendment was put to the vote and LOST."
 *
 * @param amendmentId  the amendment's id within its motion ("1", "2"…, or as the clerk names it)
 * @param text         the amendment, in the words minuted
 * @param movedBy      its mover, or null when the minutes do not say
 * @param secondedBy   its seconder, or null
 * @param outcome      carried, lost, withdrawn, or accepted by the mover of the motion
 * @param vote         the vote that decided it, or null when it was not put to the vote (withdrawn, accepted) or
 *                     the minutes give no vote
 * @param earlierVotes votes taken on it before the one that decided it (a show of hands, then a recorded vote), in
 *                     order; empty when there was one vote or none
 */
public record Amendment(String amendmentId, String text, Person movedBy, Person secondedBy, AmendmentOutcome outcome,
                        Vote vote, List<Vote> earlierVotes) {

    public Amendment {
        earlierVotes = earlierVotes == null ? List.of() : List.copyOf(earlierVotes);
    }
}
