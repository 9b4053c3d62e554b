package org.minutebook.events.executive;

/**
 * The notice published of a key decision (SI 2012/2089): on the forward plan 28 clear days before (reg 9); of a
 * meeting to be held in private, 28 clear days before (reg 5(2)) and again 5 clear days before with any
 * representations and the answer to them (reg 5(4)); and, when the 28 days could not be given, a general exception
 * notice (reg 10, the scrutiny chair informed) or special urgency (reg 11, the scrutiny chair agreeing).
 */
public enum NoticeKind {
    FORWARD_PLAN,
    PRIVATE_MEETING,
    PRIVATE_MEETING_FINAL,
    GENERAL_EXCEPTION,
    SPECIAL_URGENCY
}
