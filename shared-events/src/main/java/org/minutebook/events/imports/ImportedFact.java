package org.minutebook.events.imports;

/**
 * One fact of an imported page, as recorded.
 *
 * @param key            the fact's place on the page, the same on every import of it ("item-28/minute",
 *                       "apology/councillor-cole")
 * @param sequenceNumber the meeting's event that records it
 * @param fingerprint    SHA-256 of the command that recorded it, as sent: a fact whose command differs on a later
 *                       import is corrected
 */
public record ImportedFact(String key, long sequenceNumber, String fingerprint) {
}
