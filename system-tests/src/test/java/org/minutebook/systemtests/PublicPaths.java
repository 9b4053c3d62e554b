package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every path a reader of one meeting's record can ask for, of both services: each GET path of their OpenAPI
 * documents with the meeting's, its committee's and a member's ids filled in (and {@code asOf}, {@code committeeId}
 * and {@code q} where a path takes them), the printable minutes, and the public pages and feeds, which the API
 * description leaves out.
 *
 * @param meetingId   the meeting
 * @param committeeId its committee
 * @param memberId    a member who attended it
 * @param searched    words to search for
 */
record PublicPaths(String meetingId, String committeeId, String memberId, String searched) {

    List<String> of(Minutebook minutebook) throws Exception {
        List<String> urls = new ArrayList<>();
        for (String service : List.of(minutebook.commandSide(), minutebook.querySide())) {
            JsonNode paths = Http.get(service + "/v3/api-docs").json().get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                JsonNode get = path.getValue().get("get");
                if (get != null) {
                    urls.addAll(urls(service, path.getKey(), get));
                }
            }
        }
        String query = URLEncoder.encode(searched, StandardCharsets.UTF_8);
        urls.add(minutebook.querySide() + "/api/meetings/" + meetingId + "/minutes.html");
        for (String page : List.of("/", "/committees/" + committeeId, "/meetings/" + meetingId,
                "/meetings/" + meetingId + "/minutes", "/decisions", "/decisions?q=" + query,
                "/decisions?committeeId=" + committeeId, "/declarations", "/declarations?committeeId=" + committeeId,
                "/members/" + memberId, "/search?q=" + query, "/meetings.ics",
                "/committees/" + committeeId + "/meetings.ics", "/decisions.atom",
                "/decisions.atom?committeeId=" + committeeId)) {
            urls.add(minutebook.querySide() + page);
        }
        return urls;
    }

    private List<String> urls(String service, String template, JsonNode operation) {
        String path = template.replace("{meetingId}", meetingId).replace("{committeeId}", committeeId)
                .replace("{memberId}", memberId).replace("{id}", meetingId)
                .replace("{topic}", "minutebook.meeting-events").replace("{eventId}", meetingId)
                // OParl's: the council every committee the tests register is of (Minutebook.registerCommittee),
                // the member as a person, the meeting's first item and every one of its objects by key
                .replace("{bodyId}", "test-council").replace("{number}", "0")
                .replace("{person}", Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(("id:" + memberId).getBytes(StandardCharsets.UTF_8)))
                .replace("{itemId}", "item-1").replace("{paper}", "document-0-item-1").replace("{file}", "minutes")
                // the records between meetings (registers of interests, matters, decisions outside meetings, scrutiny
                // reports) are read under the meeting's id: not found, never a 500, never the exempt item's words
                .replaceAll("\\{[A-Za-z]+}", meetingId);
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> names.add(parameter.get("name").asText()));
        List<String> urls = new ArrayList<>(List.of(service + path
                + (names.contains("q") ? "?q=" + URLEncoder.encode(searched, StandardCharsets.UTF_8) : "")));
        if (names.contains("asOf")) {
            urls.add(service + path + "?asOf=" + Instant.now());
        }
        if (names.contains("committeeId")) {
            urls.add(service + path + "?committeeId=" + committeeId);
        }
        return urls;
    }
}
