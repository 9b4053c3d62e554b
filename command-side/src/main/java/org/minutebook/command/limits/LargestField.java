package org.minutebook.command.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Which field makes an event too large, named as a 400 names a command's fields ({@code blocks[3].text},
 * {@code text}, {@code replacement.parts[0].text}): the event's largest field, then within it, as long as one part
 * holds most of it, that part. A minute of eleven long paragraphs is too large by its {@code blocks}; one of a
 * single long paragraph by {@code blocks[0].text}. An event's fields are named as its command's.
 */
final class LargestField {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LargestField() {
    }

    /** The path of the field, or null when the JSON is no object (no event is). */
    static String of(byte[] event) {
        JsonNode root;
        try {
            root = JSON.readTree(event);
        } catch (IOException unreadable) {
            return null;
        }
        if (!root.isObject() || root.isEmpty()) {
            return null;
        }
        String path = "";
        JsonNode at = root;
        boolean first = true;
        while (at.isContainerNode() && !at.isEmpty()) {
            Part largest = largestPart(at);
            if (!first && largest.bytes * 2 <= bytes(at)) {
                break;
            }
            path = largest.name.startsWith("[") || path.isEmpty() ? path + largest.name : path + "." + largest.name;
            at = largest.node;
            first = false;
        }
        return path;
    }

    private record Part(String name, JsonNode node, long bytes) {
    }

    private static Part largestPart(JsonNode container) {
        Part largest = null;
        if (container.isArray()) {
            for (int index = 0; index < container.size(); index++) {
                largest = larger(largest, new Part("[" + index + "]", container.get(index),
                        bytes(container.get(index))));
            }
        } else {
            for (Map.Entry<String, JsonNode> field : container.properties()) {
                largest = larger(largest, new Part(field.getKey(), field.getValue(), bytes(field.getValue())));
            }
        }
        return largest;
    }

    private static Part larger(Part one, Part other) {
        return one == null || other.bytes > one.bytes ? other : one;
    }

    /** About as many bytes as the node takes in the event's JSON (escapes aside). */
    private static long bytes(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().getBytes(StandardCharsets.UTF_8).length + 2L;
        }
        if (!node.isContainerNode()) {
            try {
                return JSON.writeValueAsBytes(node).length;
            } catch (JsonProcessingException unwritable) {
                return 0;
            }
        }
        long bytes = 2;
        if (node.isArray()) {
            for (JsonNode element : node) {
                bytes += bytes(element) + 1;
            }
        } else {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                bytes += field.getKey().length() + 4L + bytes(field.getValue());
            }
        }
        return bytes;
    }
}
