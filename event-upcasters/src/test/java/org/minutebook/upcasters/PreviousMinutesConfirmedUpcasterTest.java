package org.minutebook.upcasters;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.upcasters.StoredEvents.contractSerializer;
import static org.minutebook.upcasters.StoredEvents.fixture;
import static org.minutebook.upcasters.StoredEvents.stored;
import static org.minutebook.upcasters.StoredEvents.upcast;

/**
 * The minutes of 7 September 2021, confirmed and signed before a confirmation could name who moved and seconded
 * it: read now as a confirmation whose mover and seconder the record does not state.
 */
class PreviousMinutesConfirmedUpcasterTest {

    private final Serializer serializer = contractSerializer();

    @Test
    void aConfirmationRecordedBeforeItsMoverCouldBeStatedReadsAsStatingNone() {
        List<IntermediateEventRepresentation> read = upcast(ContractUpcasters.chain(), stored(serializer,
                "minutebook.PreviousMinutesConfirmed", "2", fixture("PreviousMinutesConfirmed.v2.json")));

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo("3");
        PreviousMinutesConfirmed confirmed = serializer.deserialize(read.get(0).getData());
        assertThat(confirmed.confirmedMeetingDate()).isEqualTo(LocalDate.of(2021, 9, 7));
        assertThat(confirmed.signedBy()).isEqualTo(new Person("mr-t-j-pendleton", "Mr. T. J. Pendleton CC", null));
        assertThat(confirmed.movedBy()).isNull();
        assertThat(confirmed.secondedBy()).isNull();
    }
}
