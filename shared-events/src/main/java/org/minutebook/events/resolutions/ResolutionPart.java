package org.minutebook.events.resolutions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One lettered or numbered part of a decision: its id, label "a)" or "1)", and its words. Actions, referrals,
 * further reports and corrections point at a part by the decision's id and the part's id.
 *
 * @param partId the part's id within its decision ("a" for "a)", "ii" for "(ii)"; "1", "2"… by place when the parts
 *               have no labels or their labels do not make ids)
 * @param label  "a)" or "1)"; null for a single-part decision
 * @param text   its words
 */
public record ResolutionPart(String partId, String label, String text) {

    private static final Pattern PUNCTUATION = Pattern.compile("[^A-Za-z0-9]");
    private static final Pattern AN_ID = Pattern.compile("[a-z0-9]{1,20}");

    /** A part as the minutes give it, its id to be derived ({@link #identified}). */
    public ResolutionPart(String label, String text) {
        this(null, label, text);
    }

    /**
     * A decision's words as the minutes print them, each part under its label ("a) That the report be noted; b) …"):
     * the one wording of a decision's text, for the registers, the feeds and the decisions published.
     */
    public static String worded(List<ResolutionPart> parts) {
        return String.join(" ", parts.stream()
                .map(part -> part.label() == null ? part.text() : part.label() + " " + part.text()).toList());
    }

    /**
     * The parts with an id each, the one definition of a part's id wherever one is not given: an id given is
     * kept; else the label's letters and digits in lower case ("a)" → "a", "(iv)" → "iv", "1." → "1"), or, when
     * the parts have no labels, or their labels would give no id or the same id twice, the part's place ("1",
     * "2"…). Parts recorded before parts had ids read through this too, so an id never changes.
     */
    public static List<ResolutionPart> identified(List<ResolutionPart> parts) {
        if (parts == null) {
            return null;
        }
        List<String> fromLabels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean byLabel = true;
        for (ResolutionPart part : parts) {
            String id = part.partId() != null ? part.partId() : part.label() == null ? null
                    : PUNCTUATION.matcher(part.label()).replaceAll("").toLowerCase(Locale.ROOT);
            byLabel &= id != null && AN_ID.matcher(id).matches() && seen.add(id);
            fromLabels.add(id);
        }
        List<ResolutionPart> identified = new ArrayList<>();
        for (int place = 0; place < parts.size(); place++) {
            ResolutionPart part = parts.get(place);
            String id = part.partId() != null ? part.partId()
                    : byLabel ? fromLabels.get(place) : Integer.toString(place + 1);
            identified.add(new ResolutionPart(id, part.label(), part.text()));
        }
        return List.copyOf(identified);
    }
}
