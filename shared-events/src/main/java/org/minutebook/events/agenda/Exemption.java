package org.minutebook.events.agenda;

/**
 * Why an item is exempt from publication: a paragraph of Schedule 12A to the Local Government Act 1972.
 * Exempt items are never shown to the public.
 *
 * @param schedule12AParagraph the paragraph ("3")
 * @param reason               the reason given, or null
 */
public record Exemption(String schedule12AParagraph, String reason) {
}
