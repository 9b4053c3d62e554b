package org.minutebook.subscriber;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/**
 * One decision as it arrives on the topic: a CloudEvent in Kafka binary mode, its attributes in {@code ce_*}
 * headers and the event record, as JSON, in the value.
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

    static DecisionEvent from(ConsumerRecord<String, String> record) {
        return new DecisionEvent(header(record, "ce_id"), header(record, "ce_type"), header(record, "ce_time"),
                header(record, "ce_subject"), header(record, "ce_axonmessagerevision"), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
