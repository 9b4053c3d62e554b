package org.minutebook.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Reads the decisions from minutebook's pull feed, for a system without Kafka: {@code GET
 * /api/feeds/decisions?after=<position>} on the command side, page after page, the position of the last decision
 * handled kept in a file so a restart resumes after it; when it has caught up, it asks again every few seconds.
 * Nothing but the JDK's HTTP client and a JSON parser.
 */
final class PullFeedReader {

    private static final Logger log = LoggerFactory.getLogger(PullFeedReader.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI commandSide;
    private final Path positionFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param positionFile where the position is kept across restarts, or null to start from the first each time */
    PullFeedReader(URI commandSide, Path positionFile) {
        this.commandSide = commandSide;
        this.positionFile = positionFile;
    }

    /** Hands every decision, in order, to {@code handle}, until the thread is interrupted. */
    void read(Consumer<DecisionEvent> handle) throws InterruptedException {
        long position = position();
        while (!Thread.currentThread().isInterrupted()) {
            JsonNode page;
            try {
                page = page(position);
            } catch (IOException unreachable) {
                log.warn("The pull feed is not reachable ({}); trying again", unreachable.toString());
                Thread.sleep(5_000);
                continue;
            }
            for (JsonNode entry : page.path("decisions")) {
                handle.accept(DecisionEvent.published(entry.path("decision")));
                position = entry.path("position").asLong();
                keep(position); // after handling: a crash in between handles it again, never loses it
            }
            if (!page.path("more").asBoolean()) {
                Thread.sleep(2_000);
            }
        }
    }

    private JsonNode page(long after) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(commandSide.resolve(
                        "/api/feeds/decisions?limit=100&after=" + after)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("the pull feed answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private long position() {
        try {
            return positionFile != null && Files.exists(positionFile)
                    ? Long.parseLong(Files.readString(positionFile, StandardCharsets.UTF_8).strip()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void keep(long position) {
        if (positionFile != null) {
            try {
                Files.writeString(positionFile, Long.toString(position), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
