package org.minutebook.events.published;

import org.minutebook.events.executive.KeyDecisionNoticePublished;
import org.minutebook.events.executive.NoticeKind;

import java.time.LocalDate;

/**
 * A notice published (see {@link KeyDecisionNoticePublished}).
 *
 * @param kind        which notice
 * @param publishedOn the day it was published
 * @param clearDays   the clear days it gave before the planned date, or null when no date is planned
 * @param reason      why the 28 days could not be given, or the representations and the answer; or null
 * @param agreedBy    the scrutiny chair informed or agreeing, or null
 */
public record Notice(NoticeKind kind, LocalDate publishedOn, Integer clearDays, String reason, String agreedBy) {
}
