package org.minutebook.command.kernel;

/**
 * A rule of the record: a stable kebab-case id, which a refusal names, docs/events.md lists and a client acts on,
 * and whether breaking it conflicts with what is already recorded (409) or cannot be true whatever is recorded
 * (422). Each part of the record lists its rules in one place, a class of constants ({@code AttendanceRules}…),
 * each rule with its story in the part's rules test; a rule is never made up where it is broken.
 *
 * @param id         "present-and-absent"
 * @param isConflict whether breaking it conflicts with the record as it stands (409), else it cannot be true (422)
 */
public record Rule(String id, boolean isConflict) {

    /** A rule whose breaking conflicts with what is already recorded ("the meeting is already closed"): 409. */
    public static Rule conflict(String id) {
        return new Rule(id, true);
    }

    /** A rule whose breaking cannot be true whatever is recorded ("the close is before the start"): 422. */
    public static Rule invalid(String id) {
        return new Rule(id, false);
    }

    /** The violation of this rule, told in the record's words. */
    public RuleViolation broken(String message) {
        return RuleViolation.of(this, message);
    }
}
