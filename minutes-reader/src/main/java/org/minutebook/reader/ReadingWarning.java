package org.minutebook.reader;

/** Something on the page the reading could not place with certainty, and the line it comes from (1 = first). */
public record ReadingWarning(int line, String message) {
}
