package org.minutebook.events.agenda;

/** Why an item is exempt from publication: a paragraph of Schedule 12A to the Local Government Act 1972.
 * Exempt items are never shown to the public. */
public record Exemption(String schedule12AParagraph, String reason) {
}
