package org.minutebook.events.interests;

/**
 * An event of a member's register of interests with one council (Localism Act 2011 ss.29–34), keyed by the
 * register's id: a part of the record of its own, not a meeting's (docs/events.md, "Registers of interests"). Every
 * reader that must know every entry implements the visitor, so an entry added here fails to compile wherever it has
 * no answer yet.
 */
public sealed interface InterestsEvent permits RegisterOfInterestsOpened, InterestRegistered, InterestAmended,
        GiftOrHospitalityRegistered, GiftOrHospitalityCorrected, DispensationGranted, DispensationCorrected {

    /** The register: its council and its member ({@code interests.<council>.<member>}). */
    String registerId();

    <R> R accept(Visitor<R> visitor);

    /** An answer for each event of a register. */
    interface Visitor<R> {

        R on(RegisterOfInterestsOpened event);

        R on(InterestRegistered event);

        R on(InterestAmended event);

        R on(GiftOrHospitalityRegistered event);

        R on(GiftOrHospitalityCorrected event);

        R on(DispensationGranted event);

        R on(DispensationCorrected event);
    }
}
