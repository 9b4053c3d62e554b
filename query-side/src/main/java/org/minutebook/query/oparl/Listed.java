package org.minutebook.query.oparl;

import org.minutebook.query.record.Register;

/**
 * A meeting's object in the lists of its council and committee: the meeting itself ({@code kind} {@code meeting})
 * or one of its papers ({@code paper}, by its key), when it was created and last modified (as
 * {@link OParlTime#recorded} writes them, so they compare as text), and whether it is a tombstone.
 */
public record Listed(String id, String kind, String meetingId, String committeeId, String paper, String created,
                     String modified, boolean deleted) implements Register.Row {

    static final String MEETING = "meeting";
    static final String PAPER = "paper";
}
