package org.minutebook.query.actions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;

import java.time.LocalDate;

/**
 * What a decision asked for ({@code kind}: FURTHER_REPORT, REFERRAL, ACTION): what is to be done
 * ({@code description}, a report's or referral's subject), by whom or where to, by when ({@code dueDate}, the
 * meeting a report is due at), and whether it is done.
 */
public record ActionRow(String id, @JsonUnwrapped Where where, ActionKind kind, String actionId, String resolutionId,
                 String description, String toBody, String owner, LocalDate dueDate, ActionStatus status,
                 LocalDate completedOn, String completionNote, boolean corrected) implements Register.Row {
}
