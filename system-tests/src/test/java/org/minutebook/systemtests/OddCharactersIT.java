package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record may hold text the door now refuses: facts recorded before the rule, events replayed from then. For each
 * class of such characters — controls (NUL, other C0 controls, DEL, C1 controls), noncharacters (U+FFFE, U+FFFF,
 * U+FDD0, U+1FFFF), surrogates without their pair (high and low), a bidirectional override — a committee and one
 * of its meetings hold it in every kind of text the public reads: the committee's name, the venue, an item's
 * title, a resolution, a minute, a declaration and a member's name. They are stored through the event store
 * directly, as the door refuses them, and published and projected as any event. Every public path of both
 * services answers each of them whole: no 5xx, no body cut off, feeds that are well-formed XML and calendars that
 * end as calendars.
 */
class OddCharactersIT {

    /** Each class of character, as JSON escapes (how a stored event holds them). */
    private static final Map<String, String> ODD = new LinkedHashMap<>();
    private static final String PLACEHOLDER = "ODDTEXT";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Minutebook minutebook;

    static {
        ODD.put("controls", "\\u0000 \\u0001\\u000B\\u001F \\u007F \\u0085\\u009F");
        ODD.put("noncharacters", "\\uFFFE \\uFFFF \\uFDD0 \\uD83F\\uDFFF");
        ODD.put("lone-surrogates", "\\uD800 and \\uDC00");
        ODD.put("bidi-override", "\\u202E");
    }

    @BeforeAll
    static void aCommitteeAndAMeetingHoldingEachClass() throws Exception {
        minutebook = Minutebook.running();
        Map<String, Long> versions = new LinkedHashMap<>();
        for (Map.Entry<String, String> odd : ODD.entrySet()) {
            versions.put(meetingOf(odd.getKey()), storeEverywhere(odd.getKey(), odd.getValue()));
        }
        versions.forEach(minutebook::awaitProjected);
    }

    @Test
    void everyPublicPathAnswersEachClassWhole() throws Exception {
        List<String> broken = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (String odd : ODD.keySet()) {
            for (String url : new PublicPaths(meetingOf(odd), committeeOf(odd), "member-two", "Minute")
                    .of(minutebook)) {
                // the council's pages and feeds, the same for every class, are read once (each holds them all)
                if (read.add(url)) {
                    for (Users.User reader : new Users.User[]{null, Users.AUDITOR}) {
                        String wrong = wrongWith(reader == null ? Http.get(url) : Http.getAs(reader, url));
                        if (wrong != null) {
                            broken.add(odd + " " + (reader == null ? "public" : "auditor") + " " + url + ": " + wrong);
                        }
                    }
                }
            }
        }

        assertThat(broken).as(broken.size() + " of " + read.size() * 2 + " answers").isEmpty();
        assertThat(read).hasSizeGreaterThan(ODD.size() * 30);
    }

    @Test
    void theFeedsAndPagesStillTellTheWordsAroundTheCharacter() throws Exception {
        for (String odd : ODD.keySet()) {
            String feed = Http.get(minutebook.querySide() + "/decisions.atom?committeeId=" + committeeOf(odd))
                    .raw().body();
            String calendar = Http.get(minutebook.querySide() + "/committees/" + committeeOf(odd) + "/meetings.ics")
                    .raw().body();
            String minutes = Http.get(minutebook.querySide() + "/api/meetings/" + meetingOf(odd) + "/minutes.html")
                    .raw().body();

            assertThat(feed).as(odd).contains("That the report").contains("be noted");
            assertThat(calendar).as(odd).contains("LOCATION:Hall");
            assertThat(minutes).as(odd).contains("Minute of the").contains("Item");
        }
    }

    /** What is wrong with an answer, or null: a 5xx, or a body that is cut off or not what its type says. */
    private static String wrongWith(Http.Response answer) {
        if (answer.status() >= 500) {
            return answer.status() + " " + answer.raw().body();
        }
        String type = answer.header("Content-Type") == null ? "" : answer.header("Content-Type");
        String body = answer.raw().body().strip();
        try {
            if (type.contains("html") && !body.endsWith("</html>")) {
                return "a page cut off: ..." + tail(body);
            }
            if (type.contains("calendar") && !body.endsWith("END:VCALENDAR")) {
                return "a calendar cut off: ..." + tail(body);
            }
            if (type.contains("xml")) {
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(body)));
            }
            if (type.contains("json") && !body.isEmpty()) {
                JSON.readTree(body);
            }
        } catch (Exception malformed) {
            return "not " + type + ": " + malformed.getMessage();
        }
        return null;
    }

    private static String tail(String body) {
        return body.substring(Math.max(0, body.length() - 80));
    }

    private static String committeeOf(String odd) {
        return "odd-" + odd;
    }

    private static String meetingOf(String odd) {
        return "odd-" + odd + "-2021-11-02";
    }

    /**
     * Records the committee and its meeting through the API with a placeholder where the odd text goes, then stores
     * a copy of each fact with the odd text in its place, as the next events of their records. Answers the
     * meeting's last version.
     */
    private static long storeEverywhere(String odd, String escaped) throws Exception {
        String committee = committeeOf(odd);
        String meeting = meetingOf(odd);
        minutebook.registerCommittee(committee, "Odd characters committee");
        minutebook.record("/api/committees/" + committee + "/renamings", """
                {"name": "Committee %s", "effectiveFrom": "2020-01-01"}""".formatted(PLACEHOLDER));
        minutebook.record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Meeting of the committee",
                 "startsAt": "2021-11-02T14:00", "venue": "County Hall"}""".formatted(meeting, committee));
        String at = "/api/meetings/" + meeting;
        minutebook.record(at + "/rescheduling", """
                {"venue": "Hall %s"}""".formatted(PLACEHOLDER));
        minutebook.record(at + "/agenda/items", """
                {"itemId": "item-one", "number": "1", "title": "Item %s"}""".formatted(PLACEHOLDER));
        minutebook.record(at + "/opening", "{}");
        minutebook.record(at + "/attendance/members", """
                {"member": {"id": "member-one", "name": "Councillor %s"}}""".formatted(PLACEHOLDER));
        minutebook.record(at + "/declarations/interests", """
                {"declarationId": "declaration-one", "member": {"id": "member-one", "name": "Councillor"},
                 "itemId": "item-one", "words": "An interest %s"}""".formatted(PLACEHOLDER));
        minutebook.record(at + "/items/item-one/resolutions", """
                {"resolutionId": "resolution-one", "form": "RESOLVED",
                 "parts": [{"text": "That the report %s be noted"}]}""".formatted(PLACEHOLDER));
        long last = minutebook.record(at + "/items/item-one/minute", """
                {"blocks": [{"kind": "PARAGRAPH", "text": "Minute of the %s item"}]}""".formatted(PLACEHOLDER));
        Map<String, String> replaced = Map.of(PLACEHOLDER, escaped, "item-one", "item-two",
                "member-one", "member-two", "declaration-one", "declaration-two", "resolution-one", "resolution-two");
        try (Connection eventStore = minutebook.eventStore()) {
            storeAgain(eventStore, committee, 1, 2, replaced);
            long recorded = last;
            // every fact but the meeting's scheduling and opening, which hold no text of these or happen once
            for (long fact = 1; fact <= recorded; fact++) {
                if (fact != 3) {
                    last = storeAgain(eventStore, meeting, fact, last + 1, replaced);
                }
            }
        }
        return last;
    }

    /** The record's event at {@code sequence}, with the replacements made, stored again at {@code next}. */
    private static long storeAgain(Connection eventStore, String record, long sequence, long next,
                                   Map<String, String> replaced) throws Exception {
        try (PreparedStatement read = eventStore.prepareStatement("SELECT type, metadata, payload, payloadrevision, "
                + "payloadtype FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")) {
            read.setString(1, record);
            read.setLong(2, sequence);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).as(record + " " + sequence).isTrue();
                String payload = new String(row.getBytes(3), StandardCharsets.UTF_8);
                for (Map.Entry<String, String> replacement : replaced.entrySet()) {
                    payload = payload.replace(replacement.getKey(), replacement.getValue());
                }
                try (PreparedStatement insert = eventStore.prepareStatement("INSERT INTO domainevententry "
                        + "(aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
                        + "payloadrevision, payloadtype, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, record);
                    insert.setLong(2, next);
                    insert.setString(3, row.getString(1));
                    insert.setString(4, UUID.randomUUID().toString());
                    insert.setBytes(5, row.getBytes(2));
                    insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
                    insert.setString(7, row.getString(4));
                    insert.setString(8, row.getString(5));
                    insert.setString(9, Instant.now().toString());
                    insert.executeUpdate();
                }
            }
        }
        return next;
    }
}
