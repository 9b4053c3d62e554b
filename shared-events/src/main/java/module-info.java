/**
 * The public event contract. A module so that each part of the record can be a sealed interface whose events live
 * in the packages docs/events.md groups them by; on a class path (as the services and most subscribers use it) the
 * jar reads as any other, and nothing here needs a framework.
 */
module org.minutebook.events {
    exports org.minutebook.events;
    exports org.minutebook.events.actions;
    exports org.minutebook.events.agenda;
    exports org.minutebook.events.attendance;
    exports org.minutebook.events.business;
    exports org.minutebook.events.committees;
    exports org.minutebook.events.corrections;
    exports org.minutebook.events.declarations;
    exports org.minutebook.events.executive;
    exports org.minutebook.events.imports;
    exports org.minutebook.events.interests;
    exports org.minutebook.events.matters;
    exports org.minutebook.events.meetings;
    exports org.minutebook.events.minutes;
    exports org.minutebook.events.published;
    exports org.minutebook.events.recommendations;
    exports org.minutebook.events.resolutions;
    exports org.minutebook.events.sitting;
}
