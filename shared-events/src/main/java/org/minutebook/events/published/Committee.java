package org.minutebook.events.published;

/**
 * The committee that decided.
 *
 * @param committeeId the committee's id
 * @param name        its name on the meeting's day (a committee renamed later keeps, here, the name it met under)
 * @param council     the council it belongs to, or null when not stated
 */
public record Committee(String committeeId, String name, String council) {
}
