package org.minutebook.query.record;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rule {@value #RULE}: an event nested deeper than {@value #MAX_DEPTH} levels is refused before anything of it is
 * stored or folded. No event of the contract nests a third as deep; only a correction's free-form replacement
 * could, and real MongoDB refuses a document nested beyond 100 levels (the MongoDB-wire server crashed on ~900).
 * A refused event is parked as a dead letter, never sent to MongoDB.
 */
final class NestingBound {

    static final String RULE = "event-too-deep";
    static final int MAX_DEPTH = 32;

    /**
     * Whether a type can hold values nested as deep as they like: a map, an object of any kind, a type that holds
     * itself; not a record whose components are all of bounded types (text, numbers, times, enums, lists of such).
     * Worked out once per type: only such events are walked.
     */
    private static final ClassValue<Boolean> FREE_FORM = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return freeForm(type, new java.util.HashSet<>());
        }
    };

    private NestingBound() {
    }

    static void check(Object event) {
        if (!FREE_FORM.get(event.getClass())) {
            // its type bounds its depth: nothing to walk
            return;
        }
        int depth = depthOf(event);
        if (depth > MAX_DEPTH) {
            throw new EventTooDeep(event, depth);
        }
    }

    /**
     * The levels of records, maps and lists the value nests, as its JSON would. Walked without recursion (and
     * without Jackson, which recursed into a stack overflow on such an event): the depth is what is in question.
     */
    static int depthOf(Object value) {
        int deepest = 0;
        Deque<Map.Entry<Object, Integer>> toVisit = new ArrayDeque<>();
        toVisit.push(Map.entry(value, 1));
        while (!toVisit.isEmpty()) {
            Map.Entry<Object, Integer> visiting = toVisit.pop();
            List<Object> children = childrenOf(visiting.getKey());
            if (children != null) {
                deepest = Math.max(deepest, visiting.getValue());
                children.forEach(child -> toVisit.push(Map.entry(child, visiting.getValue() + 1)));
            }
        }
        return deepest;
    }

    /** What a record, map or list holds (nulls left out); null for a value that holds nothing. */
    private static List<Object> childrenOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().filter(Objects::nonNull).map(Object.class::cast).toList();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().filter(Objects::nonNull).map(Object.class::cast).toList();
        }
        if (value instanceof Record record) {
            List<Object> components = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object held = component.getAccessor().invoke(record);
                    if (held != null) {
                        components.add(held);
                    }
                } catch (ReflectiveOperationException unreadable) {
                    throw new IllegalStateException("Cannot read " + component, unreadable);
                }
            }
            return components;
        }
        return null;
    }

    private static boolean freeForm(java.lang.reflect.Type type, java.util.Set<Class<?>> visiting) {
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            if (freeForm(parameterized.getRawType(), visiting)) {
                return true;
            }
            for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                if (freeForm(argument, visiting)) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof Class<?> plain)) {
            return true; // a type variable or wildcard: anything
        }
        if (plain.isPrimitive() || plain.isEnum() || CharSequence.class.isAssignableFrom(plain)
                || Number.class.isAssignableFrom(plain) || Boolean.class.equals(plain)
                || java.time.temporal.Temporal.class.isAssignableFrom(plain) || plain.equals(java.util.UUID.class)) {
            return false;
        }
        if (Collection.class.isAssignableFrom(plain)) {
            return false; // its elements are looked at through its type's arguments
        }
        if (plain.isRecord()) {
            if (!visiting.add(plain)) {
                return true; // holds itself: as deep as it likes
            }
            for (RecordComponent component : plain.getRecordComponents()) {
                if (freeForm(component.getGenericType(), visiting)) {
                    return true;
                }
            }
            visiting.remove(plain);
            return false;
        }
        return true;
    }

    /** The event cannot be stored: it nests deeper than any document of the read models may. */
    static final class EventTooDeep extends IllegalArgumentException {

        EventTooDeep(Object event, int depth) {
            super(RULE + ": a " + event.getClass().getSimpleName() + " nested " + depth + " levels deep; at most "
                    + MAX_DEPTH + " are stored");
        }
    }
}
