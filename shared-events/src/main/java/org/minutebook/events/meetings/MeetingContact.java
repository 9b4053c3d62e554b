package org.minutebook.events.meetings;

/** An officer to contact about a meeting, as the agenda front sheet gives them ("Scrutiny Support Officer"). */
public record MeetingContact(String name, String role, String phone, String email) {
}
