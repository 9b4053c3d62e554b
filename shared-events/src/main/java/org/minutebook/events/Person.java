package org.minutebook.events;

/**
 * Someone named in the record: a member, an officer or a member of the public.
 *
 * @param id   a stable id for members and officers; null for a member of the public
 * @param name the name as written in the minutes ("Cllr Orton", "Mrs. H. J. Fryer CC")
 */
public record Person(String id, String name) {
}
