package org.minutebook.command.imports;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ids taken from the page itself — the committee's name, the meeting's date, an item's number or title, a member's
 * name — so that the same page imported again names the same records, and ids stay readable ("item-28",
 * "interest-councillor-march"). Never a random id: an import must be repeatable.
 */
final class PageIds {

    private static final int LONGEST = 64;
    private final Set<String> taken = new HashSet<>();

    /**
     * "Children and Families Overview and Scrutiny Committee" → "children-families-overview-scrutiny-committee":
     * joining words go when the whole would not fit, then whole words from the end.
     */
    static String slug(String text, int longest) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > longest) {
            slug = slug.replaceAll("(?<=^|-)(?:and|of|the|for|on|in|a|an|to)-", "");
        }
        if (slug.length() > longest) {
            int cut = slug.lastIndexOf('-', longest);
            slug = slug.substring(0, cut > longest / 2 ? cut : longest);
        }
        return slug.isEmpty() ? "x" : slug;
    }

    /** An id not yet given in this plan: the second "item-apologies" is "item-apologies-2". */
    String unique(String id) {
        String base = id.length() > LONGEST - 4 ? id.substring(0, LONGEST - 4) : id;
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
