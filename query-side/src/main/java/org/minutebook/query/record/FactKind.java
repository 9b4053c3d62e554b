package org.minutebook.query.record;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every kind of fact the record holds, with the record type that holds it. A kind has one name: the constant
 * ({@code APOLOGIES}, as registers' upper-case fields give it) and the same in lower case with hyphens
 * ({@code "apologies"}, as the minutes JSON tags facts and registers key them).
 */
public enum FactKind {
    PRESENT(Fact.Present.class),
    APOLOGIES(Fact.Apologies.class),
    SUBSTITUTE(Fact.Substitute.class),
    OFFICER(Fact.Officer.class),
    OTHER(Fact.Guest.class),
    LATE_ARRIVAL(Fact.LateArrival.class),
    EARLY_DEPARTURE(Fact.EarlyDeparture.class),
    EARLIER_ABSENCE(Fact.EarlierAbsence.class),
    INTEREST(Fact.Interest.class),
    NO_INTERESTS(Fact.NoInterests.class),
    PARTY_WHIP(Fact.PartyWhip.class),
    NO_PARTY_WHIP(Fact.NoPartyWhip.class),
    REPORT(Fact.Report.class),
    MINUTE(Fact.Minute.class),
    NOTED(Fact.Noted.class),
    NO_MATTERS_ARISING(Fact.NoMattersArising.class),
    REPRESENTATION(Fact.Representation.class),
    NO_REPRESENTATIONS(Fact.NoRepresentations.class),
    URGENT_ITEM(Fact.UrgentItem.class),
    NO_URGENT_ITEMS(Fact.NoUrgentItems.class),
    EARLIER_MINUTES_CORRECTION(Fact.EarlierMinutesCorrection.class),
    ANNOUNCEMENT(Fact.Announcement.class),
    PETITION(Fact.Petition.class),
    NO_PETITIONS(Fact.NoPetitions.class),
    NO_QUESTIONS(Fact.NoQuestions.class),
    FUTURE_MEETING_DATES(Fact.FutureMeetingDates.class),
    PREVIOUS_MINUTES(Fact.PreviousMinutes.class),
    DEFERRAL(Fact.Deferral.class),
    WITHDRAWAL(Fact.Withdrawal.class),
    RESOLUTION(Fact.Motion.class),
    LOST_MOTION(Fact.Motion.class),
    QUESTION(Fact.Question.class),
    FURTHER_REPORT(Fact.FurtherReport.class),
    REFERRAL(Fact.Referral.class),
    ACTION(Fact.AgreedAction.class),
    ACTION_COMPLETED(Fact.Completion.class),
    ROLE(Fact.Role.class),
    MINUTES_CONFIRMED(Fact.MinutesConfirmation.class);

    private final Class<? extends Fact> type;

    FactKind(Class<? extends Fact> type) {
        this.type = type;
    }

    public Class<? extends Fact> type() {
        return type;
    }

    /** "apologies", "lost-motion", "further-report". */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FactKind ofJson(String json) {
        return Arrays.stream(values()).filter(kind -> kind.json().equals(json)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No fact kind " + json));
    }

    /** The kind of a record type that holds one kind only (a {@link Fact.Motion} says its own). */
    static FactKind of(Class<?> type) {
        return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No fact kind is held by " + type.getName()));
    }
}
