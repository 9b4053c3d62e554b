package org.minutebook.events.published;

import org.minutebook.events.executive.DecisionNoticePublished;

import java.time.LocalDate;

/**
 * The decision notice (see {@link DecisionNoticePublished}).
 *
 * @param publishedOn    the day it was published
 * @param dueBy          the last day it was due (2 working days after the decision)
 * @param callInDeadline the last day of the call-in window, or null when it may not be called in
 */
public record DecisionNotice(LocalDate publishedOn, LocalDate dueBy, LocalDate callInDeadline) {
}
