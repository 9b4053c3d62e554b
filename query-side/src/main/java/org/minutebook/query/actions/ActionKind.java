package org.minutebook.query.actions;

import org.minutebook.query.record.Fact;

/** What a decision asked for: a further report, a referral to another body, or another action. */
public enum ActionKind {
    FURTHER_REPORT,
    REFERRAL,
    ACTION;

    static ActionKind of(Fact.FollowUp followUp) {
        return valueOf(followUp.factKind().name());
    }
}
