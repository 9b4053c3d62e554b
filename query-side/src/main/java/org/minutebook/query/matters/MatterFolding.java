package org.minutebook.query.matters;

import org.minutebook.events.matters.MatterConsiderationStruckOut;
import org.minutebook.events.matters.MatterConsidered;
import org.minutebook.events.matters.MatterCorrected;
import org.minutebook.events.matters.MatterEvent;
import org.minutebook.events.matters.MatterOpened;

import java.time.Instant;

/** How each event of a matter changes the matter the read model keeps. */
final class MatterFolding implements MatterEvent.Visitor<StoredMatter> {

    private final StoredMatter matter;
    private final long sequenceNumber;
    private final Instant recordedAt;

    MatterFolding(StoredMatter matter, long sequenceNumber, Instant recordedAt) {
        this.matter = matter;
        this.sequenceNumber = sequenceNumber;
        this.recordedAt = recordedAt;
    }

    @Override
    public StoredMatter on(MatterOpened event) {
        return matter.opened(event.council(), event.title(), event.kind(), recordedAt, sequenceNumber);
    }

    @Override
    public StoredMatter on(MatterCorrected event) {
        return matter.corrected(new StoredMatter.Correction(event.title(), event.kind(), event.reason(), recordedAt),
                sequenceNumber);
    }

    @Override
    public StoredMatter on(MatterConsidered event) {
        return matter.considered(new StoredMatter.Step(event.atMeetingId(), event.itemId(), recordedAt),
                sequenceNumber);
    }

    @Override
    public StoredMatter on(MatterConsiderationStruckOut event) {
        return matter.without(new StoredMatter.StruckOut(event.atMeetingId(), event.itemId(), event.reason(),
                recordedAt), sequenceNumber);
    }
}
