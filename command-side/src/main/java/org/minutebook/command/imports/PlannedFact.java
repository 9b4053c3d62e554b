package org.minutebook.command.imports;

/**
 * One command the page asks for, as the typed record the HTTP API would receive; a key naming the fact's place on
 * the page ("item-28/minute"), the same on every import of the page; and the line it was read from.
 */
record PlannedFact(String key, int line, Object command) {
}
