package org.minutebook.events.interests;

/**
 * The heading a register lists an interest under: the disclosable pecuniary interests of The Relevant Authorities
 * (Disclosable Pecuniary Interests) Regulations 2012 (SI 2012/1464), and the other registrable interests of a
 * council's code of conduct.
 */
public enum RegisterCategory {
    EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION,
    SPONSORSHIP,
    CONTRACTS,
    LAND,
    LICENCES,
    CORPORATE_TENANCIES,
    SECURITIES,
    OTHER_REGISTRABLE
}
