package org.minutebook.events.executive;

/**
 * Who took a decision outside a committee's meeting record: the executive (cabinet) collectively, one executive
 * member alone (SI 2012/2089 reg 13), or an officer under delegated powers (Openness of Local Government Bodies
 * Regulations 2014 reg 7).
 */
public enum DecisionMakerKind {
    EXECUTIVE,
    EXECUTIVE_MEMBER,
    OFFICER
}
