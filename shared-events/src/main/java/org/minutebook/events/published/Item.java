package org.minutebook.events.published;

/**
 * The agenda item decided on, as the agenda described it when the decision was published.
 *
 * @param itemId the item's id
 * @param number its number ("37"), or null
 * @param title  its title, or null when not stated
 */
public record Item(String itemId, String number, String title) {
}
