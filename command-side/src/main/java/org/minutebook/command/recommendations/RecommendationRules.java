package org.minutebook.command.recommendations;

import org.minutebook.command.kernel.Rule;

/**
 * A scrutiny report to the executive: received from a registered committee with its recommendations (each once),
 * each recommendation responded to once (a response recorded wrongly corrected, to read otherwise), then its progress
 * reported. The rules of this part of the record, each by
 * its id as docs/events.md lists it under "Recommendations to the executive", each with its story in
 * RecommendationRulesTest.
 */
public final class RecommendationRules {

    public static final Rule REPORT_ALREADY_RECEIVED = Rule.conflict("report-already-received");
    public static final Rule REPORT_OF_UNKNOWN_COMMITTEE = Rule.conflict("report-of-unknown-committee");
    public static final Rule RECOMMENDATION_REPEATED = Rule.invalid("recommendation-repeated");
    public static final Rule NO_SUCH_RECOMMENDATION = Rule.conflict("no-such-recommendation");
    public static final Rule ALREADY_RESPONDED = Rule.conflict("already-responded");
    public static final Rule DATED_BEFORE_RECEIPT = Rule.invalid("dated-before-receipt");
    public static final Rule PROGRESS_BEFORE_RESPONSE = Rule.conflict("progress-before-response");
    public static final Rule PROGRESS_ON_REJECTED = Rule.conflict("progress-on-rejected");
    public static final Rule NO_RESPONSE_TO_CORRECT = Rule.conflict("no-response-to-correct");
    public static final Rule RESPONSE_CORRECTION_CHANGES_NOTHING = Rule.conflict("response-correction-changes-nothing");
    public static final Rule REPORT_CORRECTION_CHANGES_NOTHING = Rule.conflict("report-correction-changes-nothing");
    public static final Rule REPORT_KEEPS_ITS_RECOMMENDATIONS = Rule.conflict("report-keeps-its-recommendations");
    public static final Rule NO_PROGRESS_TO_CORRECT = Rule.conflict("no-progress-to-correct");
    public static final Rule PROGRESS_CORRECTION_CHANGES_NOTHING =
            Rule.conflict("progress-correction-changes-nothing");
    public static final Rule REPORT_KEEPS_ITS_COMMITTEE = Rule.conflict("report-keeps-its-committee");

    private RecommendationRules() {
    }
}
