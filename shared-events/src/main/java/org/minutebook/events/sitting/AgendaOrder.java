package org.minutebook.events.sitting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of the agenda as a clerk reads it, one definition for the rules and the minutes: items by their
 * recorded position, then by number as numbers ("8", "8(a)", "19", "130", not "130", "19", "8"); each item's parts
 * ({@code parentItemId}) straight after it, in the same order.
 */
public final class AgendaOrder {

    private static final Pattern NUMBER = Pattern.compile("(\\d*)(.*)");

    /** "8(a)" after "8" and before "9"; a number without digits after those with; no number last. */
    public static final Comparator<String> NUMBERS = Comparator.nullsLast(
            Comparator.comparing(AgendaOrder::numericPart, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(AgendaOrder::rest, String.CASE_INSENSITIVE_ORDER));

    private static final Comparator<Place> SIBLINGS = Comparator.comparingInt(Place::position)
            .thenComparing(Place::number, NUMBERS)
            .thenComparing(Place::itemId);

    /**
     * Where an item stands on the agenda.
     *
     * @param itemId       the item
     * @param parentItemId the item it is part of, or null
     * @param position     its recorded position among the agenda's items
     * @param number       its number ("8(a)"), or null
     */
    public record Place(String itemId, String parentItemId, int position, String number) {
    }

    private AgendaOrder() {
    }

    /** The items in agenda order, each followed by its parts; {@code place} says where an item stands. */
    public static <T> List<T> of(List<T> items, Function<T, Place> place) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(place.apply(item).itemId()));
        Comparator<T> siblings = Comparator.comparing(place, SIBLINGS);
        List<T> ordered = new ArrayList<>();
        items.stream()
                .filter(item -> place.apply(item).parentItemId() == null
                        || !ids.contains(place.apply(item).parentItemId()))
                .sorted(siblings)
                .forEach(top -> withParts(top, items, place, siblings, ordered));
        // an item whose parents form a loop reaches no top: kept at the end rather than lost
        items.stream().filter(item -> !ordered.contains(item)).sorted(siblings).forEach(ordered::add);
        return ordered;
    }

    private static <T> void withParts(T item, List<T> items, Function<T, Place> place, Comparator<T> siblings,
                                      List<T> ordered) {
        if (ordered.contains(item)) {
            return;
        }
        ordered.add(item);
        String itemId = place.apply(item).itemId();
        items.stream()
                .filter(part -> itemId.equals(place.apply(part).parentItemId()))
                .sorted(siblings)
                .forEach(part -> withParts(part, items, place, siblings, ordered));
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
