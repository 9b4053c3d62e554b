package org.minutebook.events.sitting;

import java.util.function.Function;

/**
 * Why someone present may not vote at an item, and the declaration's item (the item, or one it is part of).
 *
 * @param why      why not
 * @param atItemId the item the declaration was made for
 */
public record Bar(Why why, String atItemId) {

    /** Why someone present may not vote. */
    public enum Why {
        /**
         * A disclosable pecuniary interest declared, and no dispensation: taking part in the discussion or the vote
         * is an offence (Localism Act 2011, s.31(4)).
         */
        INTEREST_WITHOUT_DISPENSATION,
        /** They declared that they would take no part in the vote. */
        TOOK_NO_PART
    }

    /** The bar in the minutes' words. */
    public String says(Function<String, String> itemNamed) {
        return switch (why) {
            case INTEREST_WITHOUT_DISPENSATION -> "declared a disclosable pecuniary interest in "
                    + itemNamed.apply(atItemId) + " and holds no dispensation";
            case TOOK_NO_PART -> "declared that they took no part in the vote on " + itemNamed.apply(atItemId);
        };
    }
}
