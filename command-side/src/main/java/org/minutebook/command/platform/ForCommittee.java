package org.minutebook.command.platform;

/** A command that creates a record of a committee (a meeting): the committee whose council's clerks may send it. */
public interface ForCommittee {

    String committeeId();
}
