package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code AgendaItem}: an item of a meeting's agenda in its order, whether it was taken in public, its
 * {@code result} (what was decided, in words) and {@code resolutionText} (the resolutions as minuted), its documents.
 * An exempt item shows only its number, "Exempt item" and {@code public: false}, as on the public pages.
 * Extensions: the motions put on it with their votes, in Popolo's shapes ({@code minutebook:motions}), and the
 * interests declared on it ({@code minutebook:declarations}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OParlAgendaItem(String id, String type, String meeting, String number, int order, String name,
                              @JsonProperty("public") boolean isPublic, String result, String resolutionText,
                              List<OParlFile> auxiliaryFile, String web, String created, String modified,
                              @JsonProperty("minutebook:motions") List<PopoloMotion> motions,
                              @JsonProperty("minutebook:declarations") List<DeclaredInterest> declarations) {
}
