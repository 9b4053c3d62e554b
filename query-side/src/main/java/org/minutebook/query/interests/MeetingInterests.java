package org.minutebook.query.interests;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minutebook.events.Person;
import org.minutebook.query.declarations.DeclarationRow;

import java.time.LocalDate;
import java.util.List;

/**
 * The interests declared at a meeting beside each member's register as it stood on the meeting's day: the members
 * present and those who declared, each with their declarations and their register with the meeting's council (null
 * when they have none, or the meeting's day is not stated).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingInterests(String meetingId, LocalDate meetingDate, String council,
                               List<MemberAtMeeting> members) {

    public record MemberAtMeeting(Person member, List<DeclarationRow> declarations, RegisterAsItStood register) {
    }

    /**
     * An interest in a member's register on the meeting's day that matches an item the member was present for,
     * which they did not declare: for the monitoring officer, never for the public.
     *
     * @param sharedWords the words the register and the item share
     * @param why the match, in words
     */
    public record UndeclaredInterest(Person member, String itemId, String itemNumber, String itemTitle,
                                     String entryId, String interest, List<String> sharedWords, String why) {
    }
}
