package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A published minutes page as the clerk's requests that record it, fact by fact, in the order of the minutes:
 * {@code src/test/resources/minutes/*.json}, each step a method, a command-side path and a JSON body.
 */
final class PublishedMinutes {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Step(String method, String path, JsonNode body) {
    }

    private final String name;
    private final List<Step> steps;

    private PublishedMinutes(String name, List<Step> steps) {
        this.name = name;
        this.steps = steps;
    }

    static PublishedMinutes load(String resource) throws IOException {
        try (InputStream in = PublishedMinutes.class.getResourceAsStream("/minutes/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No minutes fixture " + resource);
            }
            List<Step> steps = new ArrayList<>();
            for (JsonNode step : JSON.readTree(in)) {
                steps.add(new Step(step.get("method").asText(), step.get("path").asText(), step.get("body")));
            }
            return new PublishedMinutes(resource, List.copyOf(steps));
        }
    }

    List<Step> steps() {
        return steps;
    }

    /** Sends every step to the command side; each must be recorded (2xx), else the test fails naming the step. */
    void recordThrough(String commandSide) throws IOException, InterruptedException {
        for (Step step : steps) {
            Http.Response answer = Http.send(step.method(), commandSide + step.path(), JSON.writeValueAsString(step.body()));
            if (answer.status() / 100 != 2) {
                throw new AssertionError(name + ": " + step.method() + " " + step.path() + " was refused with "
                        + answer.status() + ": " + answer.raw().body());
            }
        }
    }
}
