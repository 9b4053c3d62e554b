package org.minutebook.query.oparl;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Every OParl URL, and so every OParl id: under the site's configured address ({@code QUERY_SIDE_URL}), never the
 * request's {@code Host}, so an object has one id on every instance and through every name the site is reached by.
 * Ids are made of the record's own ids: a council's name as a slug, a committee's and a meeting's ids, an item's id,
 * a report's sequence number, and a person's key ({@link org.minutebook.events.Person#identity}) in URL-safe Base64.
 */
@Component
class OParlLinks {

    static final String ROOT = "/oparl/v1";

    private final String site;
    private final String base;

    OParlLinks(@Value("${minutebook.public-url}") String site) {
        this.site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
        this.base = this.site + ROOT;
    }

    /**
     * The slug a council is known by in OParl ("Leicestershire County Council": leicestershire-county-council); the
     * committees registered without a council are of one body, {@value #NOT_STATED}.
     */
    static String bodyId(String council) {
        String slug = council == null ? "" : council.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return slug.isEmpty() ? NOT_STATED : slug;
    }

    /** The body of the committees registered without a council. */
    static final String NOT_STATED = "council-not-stated";

    /** A person's key as a path segment, and back. */
    static String personSegment(String identity) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(identity.getBytes(StandardCharsets.UTF_8));
    }

    static String identityOf(String segment) {
        try {
            return new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    String system() {
        return base + "/system";
    }

    String bodies() {
        return base + "/bodies";
    }

    String body(String bodyId) {
        return bodies() + "/" + encoded(bodyId);
    }

    String bodyList(String bodyId, String list) {
        return body(bodyId) + "/" + list;
    }

    String organization(String committeeId) {
        return base + "/organizations/" + encoded(committeeId);
    }

    String organizationMeetings(String committeeId) {
        return organization(committeeId) + "/meetings";
    }

    String membership(String committeeId, int number) {
        return base + "/memberships/" + encoded(committeeId) + "/" + number;
    }

    String person(String bodyId, String identity) {
        return base + "/people/" + encoded(bodyId) + "/" + personSegment(identity);
    }

    String meeting(String meetingId) {
        return base + "/meetings/" + encoded(meetingId);
    }

    String location(String meetingId) {
        return meeting(meetingId) + "/location";
    }

    String agendaItem(String meetingId, String itemId) {
        return meeting(meetingId) + "/items/" + encoded(itemId);
    }

    String paper(String meetingId, String paper) {
        return base + "/papers/" + encoded(meetingId) + "/" + encoded(paper);
    }

    String file(String meetingId, String file) {
        return base + "/files/" + encoded(meetingId) + "/" + encoded(file);
    }

    // --- the pages and documents a person reads ------------------------------------------------------------------

    String site() {
        return site + "/";
    }

    String committeePage(String committeeId) {
        return site + "/committees/" + encoded(committeeId);
    }

    String meetingPage(String meetingId) {
        return site + "/meetings/" + encoded(meetingId);
    }

    String itemInMinutes(String meetingId, String itemId) {
        return meetingPage(meetingId) + "/minutes#" + encoded(itemId);
    }

    String printableMinutes(String meetingId) {
        return site + "/api/meetings/" + encoded(meetingId) + "/minutes.html";
    }

    private static String encoded(String segment) {
        return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
    }
}
