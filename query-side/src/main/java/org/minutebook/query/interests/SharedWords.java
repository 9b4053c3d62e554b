package org.minutebook.query.interests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a registered interest and an agenda item are about the same thing, by the words they share: kept
 * conservative, since a flag goes to the monitoring officer. Words of fewer than four letters, the words every
 * council paper uses ("council", "report", "committee", "schools"…) and the words of the council's own name do not
 * count; a match is two words shared, or one name shared (a word written with a capital in both, wherever it stands:
 * an agenda title and a register entry often open with the name they are about, "Crewe Community Governance Review",
 * "Crewe Charter Trustee"). Measured on published minutes by {@code SharedWordsOnPublishedMinutesTest}.
 */
final class SharedWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*\\p{L}|\\p{L}");
    private static final int SHORTEST = 4;
    private static final Set<String> COMMON = Set.of("council", "councils", "county", "city", "borough", "district",
            "parish", "report", "reports", "committee", "committees", "cabinet", "board", "scrutiny", "overview",
            "update", "updates", "review", "reviews", "policy", "policies", "plan", "plans", "planning", "service",
            "services", "strategy", "budget", "annual", "year", "years", "member", "members", "membership",
            "meeting", "meetings", "minutes", "item", "items", "matters", "matter", "interest", "interests",
            "local", "authority", "authorities", "public", "with", "from", "that", "this", "into", "their", "there",
            "which", "about", "have", "been", "were", "will", "shall", "other", "under", "over", "also", "than",
            "further", "proposed", "proposal", "proposals", "consultation", "director", "officer", "officers",
            "chair", "chairman", "vice", "group", "limited", "company", "trust", "association", "society",
            "governor", "trustee", "employment", "employed", "partner", "land", "property", "shares", "owner",
            "school", "schools", "federation");

    private SharedWords() {
    }

    /** The words the interest and the item share, when they are enough to call it a match; else none. */
    static List<String> match(String interest, String item, String council) {
        if (interest == null || item == null) {
            return List.of();
        }
        Set<String> notCounted = new LinkedHashSet<>(words(council == null ? "" : council).keySet());
        Set<String> shared = new LinkedHashSet<>();
        boolean nameShared = false;
        Map<String, Boolean> ofInterest = words(interest);
        Map<String, Boolean> ofItem = words(item);
        for (Map.Entry<String, Boolean> word : ofInterest.entrySet()) {
            String key = word.getKey();
            if (ofItem.containsKey(key) && !notCounted.contains(key)) {
                shared.add(key);
                nameShared |= word.getValue() && ofItem.get(key);
            }
        }
        return shared.size() >= 2 || nameShared && !shared.isEmpty() ? new ArrayList<>(shared) : List.of();
    }

    /** Each counted word, lower-cased, and whether it is written as a name (with a capital) anywhere in the text. */
    private static Map<String, Boolean> words(String text) {
        Map<String, Boolean> words = new LinkedHashMap<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            String key = word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (key.length() >= SHORTEST && !COMMON.contains(key)) {
                words.merge(key, Character.isUpperCase(word.charAt(0)), Boolean::logicalOr);
            }
        }
        return words;
    }
}
