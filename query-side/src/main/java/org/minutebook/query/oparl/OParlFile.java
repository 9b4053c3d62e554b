package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code File}: a document where it is published: the agenda and the printable minutes as the site serves them, or
 * a document of an agenda item at the council's address. {@code minutebook:size} is its size as published.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OParlFile(String id, String type, String name, String mimeType, String date, String accessUrl,
                        List<String> meeting, List<String> agendaItem, List<String> paper,
                        @JsonProperty("minutebook:size") String size, String created, String modified) {
}
