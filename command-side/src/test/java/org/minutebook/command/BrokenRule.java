package org.minutebook.command;

import org.minutebook.command.kernel.RuleViolation;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Matches the {@link RuleViolation} a refused command throws by the rule it names, and by its kind: a conflict with
 * the record as it stands (409), or a command that cannot be true (422).
 */
public final class BrokenRule extends TypeSafeMatcher<RuleViolation> {

    private final String rule;
    private final boolean conflict;

    private BrokenRule(String rule, boolean conflict) {
        this.rule = rule;
        this.conflict = conflict;
    }

    /** The command conflicts with what is already recorded. */
    public static Matcher<RuleViolation> conflict(String rule) {
        return new BrokenRule(rule, true);
    }

    /** The command cannot be true, whatever is recorded. */
    public static Matcher<RuleViolation> invalid(String rule) {
        return new BrokenRule(rule, false);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation) {
        return rule.equals(violation.rule()) && conflict == violation.isConflict();
    }

    @Override
    public void describeTo(Description description) {
        description.appendText(conflict ? "a conflict with rule " : "an invalid command under rule ").appendValue(rule);
    }

    @Override
    protected void describeMismatchSafely(RuleViolation violation, Description description) {
        description.appendText(violation.isConflict() ? "a conflict with rule " : "an invalid command under rule ")
                .appendValue(violation.rule()).appendText(": ").appendText(violation.getMessage());
    }
}
