package org.minutebook.command.corrections;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;

import java.util.Map;

/**
 * Correct a fact already recorded, naming its sequence number, why and who corrects it: {@code replacement} holds
 * the corrected fact's fields (none to strike it out). With {@code partId}, the correction is of one part of a
 * resolution or lost motion: {@code replacement} then holds the part's corrected {@code label} and {@code text}
 * (none to strike the part out).
 */
public record CorrectFact(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull @PositiveOrZero Long correctsSequenceNumber,
        Map<String, Object> replacement,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String partId,
        @NotBlank @Size(max = 4000) String reason,
        @NotNull @Valid Person correctedBy,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String notedAtMeetingId,
        @TargetAggregateVersion Long expectedVersion) {

    /** A correction of a fact as a whole. */
    public CorrectFact(String meetingId, Long correctsSequenceNumber, Map<String, Object> replacement, String reason,
                       Person correctedBy, String notedAtMeetingId, Long expectedVersion) {
        this(meetingId, correctsSequenceNumber, replacement, null, reason, correctedBy, notedAtMeetingId,
                expectedVersion);
    }

    /** The same correction, of the whole fact as {@code replacement} gives it. */
    public CorrectFact ofTheWholeFact(Map<String, Object> wholeFact) {
        return new CorrectFact(meetingId, correctsSequenceNumber, wholeFact, partId, reason, correctedBy,
                notedAtMeetingId, expectedVersion);
    }
}
