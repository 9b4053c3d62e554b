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
 * @param outsideMeeting a decision outside a committee's meeting record as it stands at this publication (its
 *                   forward plan entry, notices, maker, decision notice, call-in and implementation date), or null
 *                   for a committee's decision; {@code committee} and {@code meeting} are then null (since version 2)
 */
@EventVersion(2)
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
        Correction correction,
        OutsideMeeting outsideMeeting) {

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
        MINUTES_CONFIRMED,
        /** A key decision entered on the forward plan (since version 2). */
        KEY_DECISION_PLANNED,
        /** A notice of a key decision published: on the forward plan, of a private meeting, or a late notice. */
        KEY_DECISION_NOTICE,
        /** A decision taken outside a committee's meeting: by the executive, an executive member or an officer. */
        DECISION_OUTSIDE_MEETING,
        /** The decision notice of a decision outside a meeting, with its call-in deadline. */
        DECISION_NOTICE,
        /** A decision outside a meeting called in for scrutiny. */
        CALL_IN,
        /** Scrutiny's resolution on a call-in. */
        CALL_IN_CONSIDERED,
        /** A decision referred back after a call-in, reconsidered by its maker. */
        DECISION_RECONSIDERED
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
        CONFIRMED,
        /** On the forward plan, not yet taken (since version 2). */
        PLANNED,
        /** A notice published. */
        NOTICE_PUBLISHED,
        /** Taken outside a meeting. */
        DECIDED,
        /** Called in for scrutiny: not to be implemented until considered. */
        CALLED_IN,
        /** The call-in not upheld: the decision may be implemented. */
        CALL_IN_NOT_UPHELD,
        /** The call-in upheld: the decision referred back, or on to council. */
        CALL_IN_UPHELD,
        /** Reconsidered and varied. */
        VARIED,
        /** Reconsidered and revoked. */
        REVOKED
    }
}
