package org.minutebook.command.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/** Where the query side serves what a command recorded: the command side answers with those locations. */
@Component
public class QuerySideLinks {

    private final String querySideUrl;

    QuerySideLinks(@Value("${minutebook.query-side-url}") String querySideUrl) {
        this.querySideUrl = querySideUrl;
    }

    public URI meeting(String meetingId) {
        return UriComponentsBuilder.fromUriString(querySideUrl).path("/api/meetings/{id}").build(meetingId);
    }

    public URI committee(String committeeId) {
        return UriComponentsBuilder.fromUriString(querySideUrl).path("/api/committees/{id}").build(committeeId);
    }

    public URI executiveDecision(String decisionId) {
        return UriComponentsBuilder.fromUriString(querySideUrl).path("/api/executive-decisions/{id}").build(decisionId);
    }

    public URI scrutinyReport(String reportId) {
        return UriComponentsBuilder.fromUriString(querySideUrl).path("/api/scrutiny-reports/{id}").build(reportId);
    }

    public URI registerOfInterests(String registerId) {
        return UriComponentsBuilder.fromUriString(querySideUrl).path("/api/registers-of-interests/{id}")
                .build(registerId);
    }

    public URI matter(String matterId) {
        return UriComponentsBuilder.fromUriString(querySideUrl).path("/api/matters/{id}").build(matterId);
    }
}
