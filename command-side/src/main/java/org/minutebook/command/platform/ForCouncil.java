package org.minutebook.command.platform;

/** A command that creates the record of a council's committee: the council whose clerks may send it. */
public interface ForCouncil {

    String council();
}
