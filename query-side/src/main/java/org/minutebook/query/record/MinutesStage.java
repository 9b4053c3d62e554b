package org.minutebook.query.record;

/** Minutes are a draft until a later meeting confirms them as a correct record. */
public enum MinutesStage {
    DRAFT,
    CONFIRMED
}
