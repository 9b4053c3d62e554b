package org.minutebook.events.business;

/** Who asked: a member of the public, or a councillor. */
public enum QuestionKind {
    PUBLIC,
    MEMBER
}
