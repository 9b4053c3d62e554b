package org.minutebook.command.kernel;

/**
 * A command that would break a rule of the record. Nothing is stored; the HTTP answer names the rule: 409 when
 * the command conflicts with what is already recorded, 422 when the command itself cannot be true.
 */
public final class RuleViolation extends RuntimeException {

    private final String rule;
    private final boolean conflict;

    private RuleViolation(String rule, String message, boolean conflict) {
        super(message);
        this.rule = rule;
        this.conflict = conflict;
    }

    /** The command conflicts with the record as it stands ("the meeting is already closed"). */
    public static RuleViolation conflict(String rule, String message) {
        return new RuleViolation(rule, message, true);
    }

    /** The command cannot be true whatever the record holds ("the close time is before the start"). */
    public static RuleViolation invalid(String rule, String message) {
        return new RuleViolation(rule, message, false);
    }

    /** A stable, kebab-case name of the rule, for clients to act on ("meeting-already-closed"). */
    public String rule() {
        return rule;
    }

    public boolean isConflict() {
        return conflict;
    }
}
