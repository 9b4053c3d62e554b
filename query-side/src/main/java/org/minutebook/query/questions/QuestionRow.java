package org.minutebook.query.questions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.minutebook.events.Person;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Replies;
import org.minutebook.query.record.Where;

/**
 * A question put at a meeting, with what followed it ({@code answer}, {@code supplementary},
 * {@code supplementaryAnswer}, {@code writtenReply}, {@code supplementaryWrittenReply}) and whether a written reply
 * promised is still to be sent ({@code outstandingReply}).
 */
public record QuestionRow(String id, @JsonUnwrapped Where where, String questionId, QuestionKind kind, Person askedBy,
                   String askedOf, String text, String standingOrder, boolean atChairsDiscretion,
                   @JsonUnwrapped Replies replies, boolean outstandingReply, boolean corrected)
        implements Register.Row {
}
