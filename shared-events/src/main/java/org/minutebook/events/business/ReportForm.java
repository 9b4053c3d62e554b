package org.minutebook.events.business;

/** How business came before the meeting. */
public enum ReportForm {
    /** A written report ("The Strategic Director submitted a report"). */
    REPORT,
    /** A briefing note (003: "The Board received a briefing note"). */
    BRIEFING_NOTE,
    /** A presentation, with or without slides. */
    PRESENTATION,
    /** A verbal update, with no paper ("provided a verbal update"). */
    VERBAL_UPDATE
}
