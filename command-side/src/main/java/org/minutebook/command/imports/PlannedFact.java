package org.minutebook.command.imports;

import java.util.Map;

/**
 * One command the page asks for, as the HTTP API would receive it: its body as fields, a key naming the fact's
 * place on the page ("item-28/minute"), the same on every import of the page, and the line it was read from.
 */
record PlannedFact(String key, int line, Class<?> command, Map<String, Object> fields) {
}
