package org.minutebook.events.sitting;

import java.util.function.Function;

/**
 * Why someone is not present in law at an item, and the item that says so (an arrival, a departure, leaving the
 * room), if any.
 *
 * @param why     why not
 * @param atItemId the item during which they arrived or left, or for which they left the room; null for an absence
 *                 from the whole meeting
 */
public record Absence(Why why, String atItemId) {

    /** Why someone is not present in law at an item. */
    public enum Why {
        /** The record has a PRESENT list, and they are not on it (nor a substitute, nor presiding). */
        NOT_RECORDED_PRESENT,
        /** They sent apologies. */
        APOLOGISED,
        /** They arrived during a later item. */
        ARRIVED_LATER,
        /** They left the meeting during an earlier item. */
        LEFT_EARLIER,
        /** Having declared an interest, they left the room for the item. */
        LEFT_THE_ROOM,
        /** They attended remotely, which the committee's standing orders do not count as present. */
        ATTENDING_REMOTELY,
        /** They attended without being a member of the committee ("In attendance"). */
        IN_ATTENDANCE_ONLY
    }

    /** The absence in the minutes' words: "left the meeting during item 38". */
    public String says(Function<String, String> itemNamed) {
        return switch (why) {
            case NOT_RECORDED_PRESENT -> "is not recorded as present";
            case APOLOGISED -> "sent apologies for absence";
            case ARRIVED_LATER -> "arrived later, during " + itemNamed.apply(atItemId);
            case LEFT_EARLIER -> "left the meeting earlier, during " + itemNamed.apply(atItemId);
            case LEFT_THE_ROOM -> "left the room for " + itemNamed.apply(atItemId) + ", having declared an interest";
            case ATTENDING_REMOTELY -> "attended remotely, which is not presence in law for this committee";
            case IN_ATTENDANCE_ONLY -> "was in attendance, not as a member of the committee";
        };
    }
}
