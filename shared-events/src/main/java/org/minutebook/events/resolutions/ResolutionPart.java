package org.minutebook.events.resolutions;

/**
 * One lettered or numbered part of a decision: label "a)" or "1)", and its words.
 *
 * @param label "a)" or "1)"; null for a single-part decision
 * @param text  its words
 */
public record ResolutionPart(String label, String text) {
}
