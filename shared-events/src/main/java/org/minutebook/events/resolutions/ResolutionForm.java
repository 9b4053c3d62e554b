package org.minutebook.events.resolutions;

/** How the minutes word the decision: "RESOLVED:" or "AGREED:". */
public enum ResolutionForm {
    RESOLVED,
    AGREED
}
