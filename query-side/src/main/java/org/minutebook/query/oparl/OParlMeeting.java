package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code Meeting}: a meeting of a committee with its agenda items, the agenda ({@code invitation}) and the printable
 * minutes ({@code resultsProtocol}); never a {@code verbatimProtocol} (minutes are not a transcript). Extensions:
 * who attended and in what capacity ({@code minutebook:attendance}), interests declared for the whole meeting
 * ({@code minutebook:declarations}), and whether the minutes are draft or confirmed ({@code minutebook:minutesStage}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OParlMeeting(String id, String type, String name, String meetingState, Boolean cancelled, String start,
                           String end, OParlLocation location, List<String> organization, List<String> participant,
                           OParlFile invitation, OParlFile resultsProtocol, List<OParlAgendaItem> agendaItem,
                           String web, String created, String modified,
                           @JsonProperty("minutebook:attendance") List<Attendee> attendance,
                           @JsonProperty("minutebook:declarations") List<DeclaredInterest> declarations,
                           @JsonProperty("minutebook:minutesStage") String minutesStage) {

    /**
     * Someone at (or sending apologies for) the meeting, in a capacity: {@code present}, {@code apologies},
     * {@code substitute} (for {@code forMember}), {@code officer}, {@code guest}; for a member or substitute
     * present, {@code mode}: in person, remote, or in attendance (present without a vote).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attendee(String person, String name, String capacity, String role, String forMember,
                           String mode) {
    }
}
