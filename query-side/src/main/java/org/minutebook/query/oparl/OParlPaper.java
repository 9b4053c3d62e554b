package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code Paper}: a report considered at a meeting, or a document published with an agenda item, with the item it
 * was before ({@code minutebook:agendaItem}). Matters followed from meeting to meeting, with their
 * {@code Consultation}s, are not recorded yet. A report struck out by a correction is a tombstone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OParlPaper(String id, String type, String body, String name, String reference, String date,
                         String paperType, OParlFile mainFile, List<String> originatorPerson,
                         @JsonProperty("minutebook:agendaItem") String agendaItem, String web, String created,
                         String modified, Boolean deleted) {
}
