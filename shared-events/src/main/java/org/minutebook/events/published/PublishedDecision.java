package org.minutebook.events.published;

import org.minutebook.events.EventVersion;

import java.time.Instant;

/**
 * A decision as minutebook publishes it to governance systems — on {@code minutebook.decisions}, in the pull feed and
 * to webhooks alike — describing itself: what was decided, where (council, committee as named on the day, meeting
 * and its date, item), how (the vote, the amendments), and what the law asks to be recorded of it, so that a
 * subscriber needs no other call to act on it. A correction of a decision is published again under the same
 * {@code decisionId}, as it now reads (or struck out).
 *
 * @param id         this publication's id, unique (the CloudEvents {@code ce_id}, the webhook's {@code webhook-id}):
 *                   delivery is at least once, so de-duplicate on it
 * @param decisionId the decision's own id, the same in every publication of it (its correction too): the meeting
 *                   id and the sequence number of the fact that first recorded it ("cfosc-2021-11-02:31")
 * @param status     recorded, corrected, or struck out
 * @param recordedAt when the decision (or its correction) was recorded, UTC
 * @param committee  the committee, named as on the meeting's day
 * @param meeting    the meeting
 * @param item       the agenda item decided on, or null for a decision about the meeting's minutes as a whole
 *                   (confirmed at a later meeting)
 * @param kind       what kind of decision: a resolution, a motion lost, a deferral…
 * @param outcome    what it decided
 * @param text       its words: a motion's parts under their labels, a referral's or further report's subject (null
 *                   when the minutes state none), why an item was set aside, the corrections noted to minutes
 *                   confirmed; or null
 * @param motion     what a motion put records, or null for other kinds
 * @param sentOn     what a referral or further report records, or null for other kinds
 * @param minutes    what the confirmation of minutes records, or null for other kinds
 * @param reason     why an item was deferred or withdrawn, or null
 * @param correction the correction this publication is, or null when it is the decision as first recorded
 */
@EventVersion(1)
public record PublishedDecision(
        String id,
        String decisionId,
        Status status,
        Instant recordedAt,
        Committee committee,
        Meeting meeting,
        Item item,
        Kind kind,
        Outcome outcome,
        String text,
        Motion motion,
        SentOn sentOn,
        Minutes minutes,
        String reason,
        Correction correction) {

    /** Whether the decision is published as recorded, as corrected, or struck out. */
    public enum Status {
        RECORDED,
        CORRECTED,
        STRUCK_OUT
    }

    /** The kind of decision, by the fact that recorded it. */
    public enum Kind {
        RESOLUTION,
        LOST_MOTION,
        DEFERRAL,
        WITHDRAWAL,
        REFERRAL,
        FURTHER_REPORT,
        /** At this meeting, an earlier meeting's minutes were confirmed. */
        PREVIOUS_MINUTES_CONFIRMED,
        /** This meeting's minutes were confirmed at a later meeting. */
        MINUTES_CONFIRMED
    }

    /**
     * What a decision decided: a motion carried or lost, an item deferred or withdrawn, a matter sent on, minutes
     * confirmed. The decision register lists decisions by it too.
     */
    public enum Outcome {
        CARRIED,
        LOST,
        DEFERRED,
        WITHDRAWN,
        REFERRED,
        FURTHER_REPORT_REQUESTED,
        CONFIRMED
    }
}
