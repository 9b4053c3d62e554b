package org.minutebook.query.oparl;

/** The OParl 1.1 object types minutebook answers, each written as its schema's URL in {@code type}. */
enum OParlType {
    SYSTEM("System"), BODY("Body"), ORGANIZATION("Organization"), MEMBERSHIP("Membership"), PERSON("Person"),
    MEETING("Meeting"), AGENDA_ITEM("AgendaItem"), PAPER("Paper"), FILE("File"), LOCATION("Location"),
    LEGISLATIVE_TERM("LegislativeTerm");

    static final String VERSION = "https://schema.oparl.org/1.1/";

    private final String name;

    OParlType(String name) {
        this.name = name;
    }

    /** The type as an OParl object states it ({@code https://schema.oparl.org/1.1/Meeting}). */
    String url() {
        return VERSION + name;
    }
}
