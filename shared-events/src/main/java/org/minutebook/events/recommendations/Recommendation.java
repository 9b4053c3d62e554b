package org.minutebook.events.recommendations;

/**
 * One recommendation of a scrutiny report, as the report words it.
 *
 * @param recommendationId its id within the report
 * @param number           its number as printed ("R3"), or null
 * @param text             its words
 */
public record Recommendation(String recommendationId, String number, String text) {
}
