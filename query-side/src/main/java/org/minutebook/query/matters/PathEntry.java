package org.minutebook.query.matters;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * One change to a matter's path by the matter's own events, kept in their order: an item that took it up, a step
 * struck out, a correction of its title or kind. The matter's path is their fold ({@link StoredMatter#steps}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "entry")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StoredMatter.Step.class, name = "considered"),
        @JsonSubTypes.Type(value = StoredMatter.StruckOut.class, name = "struck-out"),
        @JsonSubTypes.Type(value = StoredMatter.Correction.class, name = "corrected")})
public sealed interface PathEntry permits StoredMatter.Step, StoredMatter.StruckOut, StoredMatter.Correction {

    /** The path's steps after this entry: one added, or one struck out; unchanged by a correction. */
    void foldInto(List<StoredMatter.Step> steps);
}
