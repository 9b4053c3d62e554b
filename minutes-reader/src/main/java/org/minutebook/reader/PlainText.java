package org.minutebook.reader;

/** A paragraph of a minute in which no fact was recognised: kept as the minute's words, reported as such. */
public record PlainText(int line, String text) {
}
