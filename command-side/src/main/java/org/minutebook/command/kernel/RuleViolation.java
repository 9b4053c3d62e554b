package org.minutebook.command.kernel;

import java.util.Optional;

/**
 * A command that would break a rule of the record. Nothing is stored; the HTTP answer names the rule: 409 when
 * the command conflicts with what is already recorded, 422 when the command itself cannot be true. When the rule
 * is about one field of the command, the answer names that field too, so a form can show the rule beside it.
 */
public final class RuleViolation extends RuntimeException {

    private final String rule;
    private final boolean conflict;
    private final String field;

    private RuleViolation(String rule, String message, boolean conflict, String field) {
        super(message);
        this.rule = rule;
        this.conflict = conflict;
        this.field = field;
    }

    /**
     * The command breaks the rule: it conflicts with the record as it stands ("the meeting is already closed"), or
     * cannot be true whatever the record holds ("the close time is before the start"), as the rule says.
     */
    static RuleViolation of(Rule rule, String message) {
        return new RuleViolation(rule.id(), message, rule.isConflict(), null);
    }

    /** The same refusal told otherwise (where a page being imported broke it, say), about the same field. */
    public RuleViolation withMessage(String message) {
        RuleViolation told = new RuleViolation(rule, message, conflict, field);
        told.setStackTrace(getStackTrace());
        return told;
    }

    /**
     * The same refusal, about the given field of the command, named as a 400 names its fields ({@code closedAt},
     * {@code vote.castingVote}, {@code dates[2]}). A new violation rather than a setter: a violation is thrown
     * across Axon's unit of work and read on the web thread, and one that never changes once built needs no
     * thought about who set its field, or whether a shared instance was set twice.
     */
    public RuleViolation at(String field) {
        RuleViolation named = new RuleViolation(rule, getMessage(), conflict, field);
        named.setStackTrace(getStackTrace()); // where the rule was broken, not where its field was named
        return named;
    }

    /** A stable, kebab-case name of the rule, for clients to act on ("meeting-already-closed"). */
    public String rule() {
        return rule;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** The field of the command the rule is about; empty when the rule is about the record as a whole. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
