package org.minutebook.command;

/**
 * A command that would break a rule of the meeting record. Nothing is stored; the HTTP answer names the rule.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable, kebab-case name of the rule, for clients to act on ("meeting-already-scheduled"). */
    public String rule() {
        return rule;
    }
}
