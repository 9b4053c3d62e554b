package org.minutebook.events;

/** An event in the life of a committee, keyed by the committee id. */
public interface CommitteeEvent {

    String committeeId();
}
