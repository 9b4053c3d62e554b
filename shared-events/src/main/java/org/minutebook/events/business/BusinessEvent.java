package org.minutebook.events.business;

import org.minutebook.events.MeetingEvent;

/**
 * The business of an item: its minute, reports, petitions, representations, announcements, urgent business, what
 * was noted (docs/events.md, "Business of items").
 */
public sealed interface BusinessEvent extends MeetingEvent permits ChairsAnnouncementMade, PetitionReceived,
        NoPetitionsReceived, RepresentationReceived, NoRepresentationsReceived, UrgentItemTaken, NoUrgentItems,
        NoMattersArising, ReportConsidered, ItemMinuted, ItemNoted, FutureMeetingDatesNoted {

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.business(this);
    }

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(ChairsAnnouncementMade event);

        R on(PetitionReceived event);

        R on(NoPetitionsReceived event);

        R on(RepresentationReceived event);

        R on(NoRepresentationsReceived event);

        R on(UrgentItemTaken event);

        R on(NoUrgentItems event);

        R on(NoMattersArising event);

        R on(ReportConsidered event);

        R on(ItemMinuted event);

        R on(ItemNoted event);

        R on(FutureMeetingDatesNoted event);
    }
}
