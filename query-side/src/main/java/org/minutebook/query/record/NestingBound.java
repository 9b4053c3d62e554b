package org.minutebook.query.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Rule {@value #RULE}: an event nested deeper than {@value #MAX_DEPTH} levels is refused before anything of it is
 * stored or folded. No event of the contract nests a third as deep; only a correction's free-form replacement
 * could, and real MongoDB refuses a document nested beyond 100 levels (the MongoDB-wire server crashed on ~900).
 * A refused event is parked as a dead letter, never sent to MongoDB.
 */
final class NestingBound {

    static final String RULE = "event-too-deep";
    static final int MAX_DEPTH = 32;

    private NestingBound() {
    }

    static void check(Object event, ObjectMapper json) {
        int depth = depthOf(json.valueToTree(event));
        if (depth > MAX_DEPTH) {
            throw new EventTooDeep(event, depth);
        }
    }

    /** Walked without recursion: the depth is what is in question. */
    static int depthOf(JsonNode root) {
        int deepest = 0;
        Deque<Map.Entry<JsonNode, Integer>> toVisit = new ArrayDeque<>();
        toVisit.push(Map.entry(root, 1));
        while (!toVisit.isEmpty()) {
            Map.Entry<JsonNode, Integer> visiting = toVisit.pop();
            if (visiting.getKey().isContainerNode()) {
                deepest = Math.max(deepest, visiting.getValue());
                visiting.getKey().forEach(child -> toVisit.push(Map.entry(child, visiting.getValue() + 1)));
            }
        }
        return deepest;
    }

    /** The event cannot be stored: it nests deeper than any document of the read models may. */
    static final class EventTooDeep extends IllegalArgumentException {

        EventTooDeep(Object event, int depth) {
            super(RULE + ": a " + event.getClass().getSimpleName() + " nested " + depth + " levels deep; at most "
                    + MAX_DEPTH + " are stored");
        }
    }
}
