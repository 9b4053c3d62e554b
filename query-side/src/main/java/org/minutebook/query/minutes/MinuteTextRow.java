package org.minutebook.query.minutes;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;

/** The words of one item's minute, its paragraphs and points one after another, as the search reads them. */
public record MinuteTextRow(String id, @JsonUnwrapped Where where, String text) implements Register.Row {
}
