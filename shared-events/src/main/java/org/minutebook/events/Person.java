package org.minutebook.events;

import java.util.Locale;

/**
 * Someone named in the record, as the page names them: by name ("Mrs Sue Whiting", "Cllr Orton"), by the office
 * they hold ("the Chair", "the Monitoring Officer", "a member of the public"), or both ("Mrs H. J. Fryer CC",
 * "Chairman"). Names are kept as written: "Cllr Greg" and "Cllr Gregg" are two mentions, never merged or re-spelt.
 *
 * @param id   a stable id for members and officers the council registers, or null when the page gives none
 * @param name the name as written in the minutes, or null when the page names only the office
 * @param role the office or capacity as written ("the Chair", "Strategic Director, Social Care and Education"),
 *             or null when the page gives only a name
 */
public record Person(String id, String name, String role) {

    /** A person with an id and a name as written, no office named. */
    public Person(String id, String name) {
        this(id, name, null);
    }

    /**
     * The one definition of "the same person", for every rule and read model: the same id when both mentions have
     * one; otherwise the same name as written (case and spacing aside); and, when neither names anyone, the same
     * office. A name and a bare office are never taken to be the same person: the page does not say so.
     */
    public boolean sameAs(Person other) {
        if (other == null) {
            return false;
        }
        if (id != null && other.id != null) {
            return id.equals(other.id);
        }
        if (name != null && other.name != null) {
            return normal(name).equals(normal(other.name));
        }
        if (name == null && other.name == null && role != null && other.role != null) {
            return normal(role).equals(normal(other.role));
        }
        return false;
    }

    /**
     * What {@link #sameAs} compares a mention by, as a key: {@code "id:<id>"} when it has an id, else
     * {@code "name:<name>"} (case and spacing aside), else {@code "office:<office>"}. Mentions with equal keys are
     * the same person. A mention with an id and one without it that name them alike are the same person too, which
     * no key of one mention alone can say: a reader that gives people ids takes the id such a mention is named with
     * elsewhere in the same record. Null when the mention names no one.
     */
    public String identity() {
        if (id != null) {
            return "id:" + id;
        }
        if (name != null) {
            return "name:" + normal(name);
        }
        return role == null ? null : "office:" + normal(role);
    }

    /** How the minutes print the person: the name, the office, or "name (office)". */
    public String asWritten() {
        if (name == null) {
            return role;
        }
        return role == null ? name : name + " (" + role + ")";
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
