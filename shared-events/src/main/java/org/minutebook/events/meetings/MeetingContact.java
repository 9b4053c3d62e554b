package org.minutebook.events.meetings;

/**
 * An officer to contact about a meeting, as the agenda front sheet gives them ("Scrutiny Support Officer").
 *
 * @param name  the officer's name
 * @param role  their post, or null
 * @param phone their telephone number, or null
 * @param email their email address, or null
 */
public record MeetingContact(String name, String role, String phone, String email) {
}
