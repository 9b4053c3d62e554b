package org.minutebook.query.pages;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * Links back to the public pages, whole (a feed is read away from the site), from where the request came in. The
 * pages' own templates link relatively ({@code @{/meetings/...}}).
 */
record PageLinks(String base) {

    static PageLinks ofThisRequest() {
        return new PageLinks(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }

    String meeting(String meetingId) {
        return base + "/meetings/" + encoded(meetingId);
    }

    String minutes(String meetingId) {
        return meeting(meetingId) + "/minutes";
    }

    String decisions() {
        return base + "/decisions";
    }

    private static String encoded(String segment) {
        return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
    }
}
