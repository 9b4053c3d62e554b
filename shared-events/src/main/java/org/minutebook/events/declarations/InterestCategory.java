package org.minutebook.events.declarations;

/** The category of an interest under the members' code of conduct. */
public enum InterestCategory {
    DISCLOSABLE_PECUNIARY,
    OTHER_REGISTRABLE,
    NON_REGISTRABLE,
    NOT_STATED
}
