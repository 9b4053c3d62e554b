package org.minutebook.query.matters;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * One change to a matter's path, kept in order: an item that took it up, a step struck out, a correction of its title
 * or kind, a record of its own that names it. The read model keeps these in chunks of bounded size
 * ({@link Matters}), so a path grows without limit; the matter as it stands is their fold ({@link StoredMatter}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "entry")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StoredMatter.Step.class, name = "considered"),
        @JsonSubTypes.Type(value = StoredMatter.StruckOut.class, name = "struck-out"),
        @JsonSubTypes.Type(value = StoredMatter.Correction.class, name = "corrected"),
        @JsonSubTypes.Type(value = StoredMatter.Linked.class, name = "linked")})
public sealed interface PathEntry permits StoredMatter.Step, StoredMatter.StruckOut, StoredMatter.Correction,
        StoredMatter.Linked {

    /** The path's steps after this entry: one added, or one struck out; unchanged by the other entries. */
    void foldInto(List<StoredMatter.Step> steps);
}
