package org.minutebook.command.limits;

import org.minutebook.command.kernel.Rule;

/**
 * What every command keeps whatever part of the record it is about: the fact it records fits the pipeline
 * ({@link PipelineLimits}). Its rule by its id as docs/events.md tells it under "Reading this catalogue", with its
 * story in EventSizeLimitTest and ThePipelinesLimitsIT.
 */
public final class PipelineRules {

    public static final Rule EVENT_TOO_LARGE = Rule.invalid("event-too-large");

    private PipelineRules() {
    }
}
