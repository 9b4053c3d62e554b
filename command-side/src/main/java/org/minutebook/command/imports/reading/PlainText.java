package org.minutebook.command.imports.reading;

/** A paragraph of a minute in which no fact was recognised: kept as the minute's words, reported as such. */
public record PlainText(int line, String text) {
}
