package org.minutebook.query.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of the agenda as a clerk reads it: items by their recorded position, then by number as numbers
 * ("8", "8(a)", "19", "130", not "130", "19", "8"); each item's parts ({@code parentItemId}) straight after it, in
 * the same order.
 */
public final class AgendaOrder {

    private static final Pattern NUMBER = Pattern.compile("(\\d*)(.*)");

    /** "8(a)" after "8" and before "9"; a number without digits after those with; no number last. */
    public static final Comparator<String> NUMBERS = Comparator.nullsLast(
            Comparator.comparing(AgendaOrder::numericPart, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(AgendaOrder::rest, String.CASE_INSENSITIVE_ORDER));

    private static final Comparator<AgendaItem> SIBLINGS = Comparator.comparingInt(AgendaItem::position)
            .thenComparing(AgendaItem::number, NUMBERS)
            .thenComparing(AgendaItem::itemId);

    private AgendaOrder() {
    }

    /** The items in agenda order, each followed by its parts. */
    static List<AgendaItem> of(List<AgendaItem> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.itemId()));
        List<AgendaItem> ordered = new ArrayList<>();
        items.stream()
                .filter(item -> item.parentItemId() == null || !ids.contains(item.parentItemId()))
                .sorted(SIBLINGS)
                .forEach(top -> withParts(top, items, ordered));
        // an item whose parents form a loop reaches no top: kept at the end rather than lost
        items.stream().filter(item -> !ordered.contains(item)).sorted(SIBLINGS).forEach(ordered::add);
        return ordered;
    }

    private static void withParts(AgendaItem item, List<AgendaItem> items, List<AgendaItem> ordered) {
        if (ordered.contains(item)) {
            return;
        }
        ordered.add(item);
        items.stream()
                .filter(part -> item.itemId().equals(part.parentItemId()))
                .sorted(SIBLINGS)
                .forEach(part -> withParts(part, items, ordered));
    }

    private static Long numericPart(String number) {
        Matcher matcher = NUMBER.matcher(number.strip());
        matcher.matches();
        String digits = matcher.group(1);
        return digits.isEmpty() || digits.length() > 18 ? null : Long.valueOf(digits);
    }

    private static String rest(String number) {
        Matcher matcher = NUMBER.matcher(number.strip());
        matcher.matches();
        return matcher.group(2);
    }
}
