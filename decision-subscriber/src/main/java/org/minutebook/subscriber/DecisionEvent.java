package org.minutebook.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/**
 * One decision as it arrives: on the topic, a CloudEvent in Kafka binary mode, its attributes in {@code ce_*}
 * headers and the record, as JSON, in the value; from the pull feed or a webhook, the published decision itself
 * (contract 3), whose own {@code id} is the topic's {@code ce_id} of the same decision.
 *
 * @param id            {@code ce_id}: unique per event, the key to de-duplicate on (delivery is at least once)
 * @param type          {@code ce_type}: the event's public name, e.g. {@code minutebook.ResolutionPassed} (under
 *                      contract 1, published before it, the record's class name)
 * @param time          {@code ce_time}: when the fact was recorded, RFC 3339 in UTC
 * @param meetingId     {@code ce_subject}: the meeting (also the record key)
 * @param schemaVersion {@code ce_axonmessagerevision}: the version of the record's shape, e.g. {@code 1}
 * @param data          the record's JSON
 */
record DecisionEvent(String id, String type, String time, String meetingId, String schemaVersion, String data) {

    /** The public name and version of a decision published since contract 3, on the topic, the feed and webhooks. */
    static final String PUBLISHED_DECISION = "minutebook.PublishedDecision";

    /** A published decision (its JSON, from the pull feed or a webhook), as it would have arrived on the topic. */
    static DecisionEvent published(JsonNode decision) {
        return new DecisionEvent(decision.path("id").asText(), PUBLISHED_DECISION,
                decision.path("recordedAt").asText(), decision.path("meeting").path("meetingId").asText(), "2",
                decision.toString());
    }

    static DecisionEvent from(ConsumerRecord<String, String> record) {
        return new DecisionEvent(header(record, "ce_id"), header(record, "ce_type"), header(record, "ce_time"),
                header(record, "ce_subject"), header(record, "ce_axonmessagerevision"), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
