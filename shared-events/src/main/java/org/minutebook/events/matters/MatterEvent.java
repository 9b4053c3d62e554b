package org.minutebook.events.matters;

/**
 * An event of a matter that runs across meetings (a review, a petition, a budget, a policy), keyed by the matter's id:
 * a part of the record of its own (docs/events.md, "Matters"). The agenda items that take the matter up name it
 * here; the referrals, further reports and decisions minuted under those items are the matter's path.
 */
public sealed interface MatterEvent permits MatterOpened, MatterCorrected, MatterConsidered,
        MatterConsiderationStruckOut {

    String matterId();

    <R> R accept(Visitor<R> visitor);

    /** An answer for each event of a matter. */
    interface Visitor<R> {

        R on(MatterOpened event);

        R on(MatterCorrected event);

        R on(MatterConsidered event);

        R on(MatterConsiderationStruckOut event);
    }
}
