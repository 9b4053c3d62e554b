package org.minutebook.events.resolutions;

/** One lettered or numbered part of a decision: label "a)" or "1)", and its words. */
public record ResolutionPart(String label, String text) {
}
