package org.minutebook.command.interests;

import org.minutebook.command.platform.ForCouncil;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;

/**
 * A command to a member's register of interests with a council: the register is named by both, so its id is made
 * from them and no clerk has to know it ({@code interests.leicestershire-county-council.deborah-taylor}).
 */
sealed interface InterestsCommand extends ForCouncil permits RegisterInterest, AmendInterest,
        RegisterGiftOrHospitality, GrantDispensation, CorrectGiftOrHospitality, CorrectDispensation {

    String registerId();

    String memberId();

    /** The entry the command is about. */
    String entryId();

    /** The member's name as the register writes it, or null when the command does not give it. */
    String memberName();

    default Person member() {
        return new Person(memberId(), memberName());
    }

    /** The register of the member with the council; null while either is missing (refused as such: 400). */
    static String registerIdOf(String council, String memberId) {
        return council == null || council.isBlank() || memberId == null ? null
                : "interests." + Ids.readable(council, 64) + "." + memberId;
    }
}
