package org.minutebook.upcasters;

import org.axonframework.serialization.RevisionResolver;
import org.minutebook.events.EventVersion;

/**
 * Stores each event with the schema version its record declares, so upcasters can recognise old versions. The
 * event records carry minutebook's own annotation: the contract jar depends on no framework.
 */
public class EventVersionRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventVersion version = payloadType.getAnnotation(EventVersion.class);
        return version == null ? null : Integer.toString(version.value());
    }
}
