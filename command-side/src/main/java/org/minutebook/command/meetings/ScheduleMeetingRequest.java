package org.minutebook.command.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;
import org.minutebook.events.meetings.MeetingContact;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The body of {@code POST /api/meetings}. A client may choose the meeting id, so that a retried request is
 * recognised; otherwise the service assigns one.
 */
record ScheduleMeetingRequest(
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String committeeId,
        @NotBlank @Size(max = 300) String title,
        boolean special,
        @NotNull LocalDateTime startsAt,
        @NotBlank @Size(max = 300) String venue,
        @Size(max = 20) List<@Valid Contact> contacts,
        @URL @Size(max = 2000) String webcastUrl) {

    record Contact(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String role,
            @Size(max = 50) String phone,
            @Email @Size(max = 320) String email) {

        MeetingContact toContact() {
            return new MeetingContact(name, role, phone, email);
        }
    }

    ScheduleMeeting toCommand(String assignedId) {
        List<MeetingContact> given = contacts == null ? List.of() : contacts.stream().map(Contact::toContact).toList();
        return new ScheduleMeeting(assignedId, committeeId, title.strip(), special, startsAt, venue.strip(), given,
                webcastUrl);
    }
}
