package org.minutebook.query.pages;

import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * Links back to the public pages, whole (a feed is read away from the site), from the site's configured address
 * ({@code QUERY_SIDE_URL}), never from the request's {@code Host}: a calendar's UIDs and a feed's ids must be the
 * same on every instance and through every name the site is reached by, and a spoofed {@code Host} must not put
 * another site's links into an answer a cache may keep. The pages' own templates link relatively
 * ({@code @{/meetings/...}}).
 */
record PageLinks(String base) {

    PageLinks {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String meeting(String meetingId) {
        return base + "/meetings/" + encoded(meetingId);
    }

    String minutes(String meetingId) {
        return meeting(meetingId) + "/minutes";
    }

    String executiveDecision(String decisionId) {
        return base + "/executive-decisions/" + encoded(decisionId);
    }

    String decisions() {
        return base + "/decisions";
    }

    private static String encoded(String segment) {
        return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
    }
}
