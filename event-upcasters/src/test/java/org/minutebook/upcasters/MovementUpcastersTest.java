package org.minutebook.upcasters;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.corrections.FactCorrected;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.upcasters.StoredEvents.contractSerializer;
import static org.minutebook.upcasters.StoredEvents.fixture;
import static org.minutebook.upcasters.StoredEvents.stored;
import static org.minutebook.upcasters.StoredEvents.upcast;

/**
 * "Councillor Cole arrived during consideration of item 4": recorded by member id before late arrivals and early
 * departures named the member as a person, read now as the member known by that id.
 */
class MovementUpcastersTest {

    private final Serializer serializer = contractSerializer();
    private final EventUpcasterChain upcasters = ContractUpcasters.chain();

    @Test
    void aLateArrivalByMemberIdIsReadAsThatMember() {
        MemberArrivedLate arrived = read("minutebook.MemberArrivedLate", "1", fixture("MemberArrivedLate.v1.json"),
                "2");

        assertThat(arrived.member()).isEqualTo(new Person("cllr-cole", null, null));
        assertThat(arrived.itemId()).isEqualTo("item-4");
    }

    @Test
    void anEarlyDepartureByMemberIdIsReadAsThatMember() {
        MemberLeftEarly left = read("minutebook.MemberLeftEarly", "1", fixture("MemberLeftEarly.v1.json"), "2");

        assertThat(left.member()).isEqualTo(new Person("cllr-cole", null, null));
        assertThat(left.itemId()).isEqualTo("item-9");
    }

    @Test
    void aCorrectionOfALateArrivalByMemberIdIsReadAsCorrectingTheMember() {
        FactCorrected correction = read("minutebook.FactCorrected", "2",
                fixture("FactCorrected.v2.memberId-of-MemberArrivedLate.v1.json"), "3");

        assertThat(correction.replacement()).doesNotContainKey("memberId");
        Map<String, Object> known = new HashMap<>(Map.of("id", "cllr-march"));
        known.put("name", null);
        known.put("role", null);
        assertThat(correction.replacement().get("member")).isEqualTo(known);
    }

    private <T> T read(String type, String revision, byte[] payload, String expectedRevision) {
        List<IntermediateEventRepresentation> read = upcast(upcasters, stored(serializer, type, revision, payload));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo(expectedRevision);
        return serializer.deserialize(read.get(0).getData());
    }
}
