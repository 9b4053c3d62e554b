package org.minutebook.command;

import org.minutebook.command.kernel.RuleViolation;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/**
 * Matches the {@link RuleViolation} a refused command throws by the rule it names, by its kind — a conflict with
 * the record as it stands (409), or a command that cannot be true (422) — and by the field of the command it names:
 * none unless {@link #at} says which, so every story of a rule also says where a clerk's form shows it.
 */
public final class BrokenRule extends TypeSafeMatcher<RuleViolation> {

    private final String rule;
    private final boolean conflict;
    private final String field;

    private BrokenRule(String rule, boolean conflict, String field) {
        this.rule = rule;
        this.conflict = conflict;
        this.field = field;
    }

    /** The command conflicts with what is already recorded. */
    public static BrokenRule conflict(String rule) {
        return new BrokenRule(rule, true, null);
    }

    /** The command cannot be true, whatever is recorded. */
    public static BrokenRule invalid(String rule) {
        return new BrokenRule(rule, false, null);
    }

    /** The rule is about this field of the command ({@code closedAt}, {@code vote.castingVote}). */
    public BrokenRule at(String field) {
        return new BrokenRule(rule, conflict, field);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation) {
        return rule.equals(violation.rule()) && conflict == violation.isConflict()
                && Objects.equals(field, violation.field().orElse(null));
    }

    @Override
    public void describeTo(Description description) {
        describe(description, conflict, rule, field);
    }

    @Override
    protected void describeMismatchSafely(RuleViolation violation, Description description) {
        describe(description, violation.isConflict(), violation.rule(), violation.field().orElse(null));
        description.appendText(": ").appendText(violation.getMessage());
    }

    private static void describe(Description description, boolean conflict, String rule, String field) {
        description.appendText(conflict ? "a conflict with rule " : "an invalid command under rule ").appendValue(rule)
                .appendText(field == null ? " naming no field" : " at field ").appendText(field == null ? "" : field);
    }
}
