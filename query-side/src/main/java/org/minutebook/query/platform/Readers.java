package org.minutebook.query.platform;

import org.minutebook.access.Actor;

/** Who is reading: whether the caller reads exempt business (clerks, chairs, auditors) or only what is public. */
public final class Readers {

    private Readers() {
    }

    public static boolean readExemptBusiness() {
        return Actor.current().map(Actor::readsExemptBusiness).orElse(false);
    }
}
