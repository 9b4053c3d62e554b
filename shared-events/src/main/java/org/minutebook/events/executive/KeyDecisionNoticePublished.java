package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * A notice of a key decision was published, on the day the record proves it: "Notice of a key decision, published
 * 10 December 2026".
 *
 * @param decisionId  the key decision
 * @param kind        which notice it is
 * @param publishedOn the day it was published
 * @param clearDays   the clear days it gave before the decision's planned date (neither day counted), or null when
 *                    no date is planned
 * @param reason      why the 28 days could not be given (a general exception or special urgency), or the
 *                    representations about a private meeting and the answer to them; or null
 * @param agreedBy    the scrutiny chair informed (general exception) or agreeing (special urgency), as named; or null
 */
@EventVersion(1)
public record KeyDecisionNoticePublished(String decisionId, NoticeKind kind, LocalDate publishedOn,
                                         Integer clearDays, String reason, String agreedBy)
        implements ExecutiveDecisionEvent {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
