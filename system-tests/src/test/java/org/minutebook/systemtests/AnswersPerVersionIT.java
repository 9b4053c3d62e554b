package org.minutebook.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting with an exempt item, read again and again: each answer is tagged with the meeting's version and who
 * reads it, and a reader holding the answer is told it has not changed ({@code 304}) only for the same version
 * and the same audience. The public never gets the auditor's answer by its tag, nor the auditor the public's.
 */
class AnswersPerVersionIT {

    private static final String COMMITTEE = "answers-per-version";
    private static final String SECRET = "Foster family finances";
    private static Minutebook minutebook;
    private static String meetingId;

    @BeforeAll
    static void recordAMeetingWithAnExemptItem() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(COMMITTEE, "Corporate Parenting Board");
        meetingId = COMMITTEE + "-" + UUID.randomUUID();
        minutebook.record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Corporate Parenting Board",
                 "startsAt": "2021-11-02T14:00", "venue": "County Hall"}""".formatted(meetingId, COMMITTEE));
        minutebook.record(meeting("/agenda/items"), """
                {"itemId": "item-1", "number": "1", "title": "Apologies"}""");
        minutebook.record(meeting("/agenda/items"), """
                {"itemId": "item-9", "number": "9", "title": "%s",
                 "exemption": {"schedule12AParagraph": "3", "reason": "Financial affairs"}}""".formatted(SECRET));
        minutebook.record(meeting("/opening"), """
                {"openedAt": "2021-11-02T14:00", "chair": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}}""");
        minutebook.awaitProjected(meetingId, 3);
    }

    @Test
    void eachAudienceIsToldNotModifiedOnlyForItsOwnAnswerAtTheSameVersion() throws Exception {
        long version = Http.ok(minutebook.querySide() + meeting("")).get("version").asLong();
        String publicTag = "\"" + version + "-public\"";
        String auditorsTag = "\"" + version + "-all\"";
        for (String answer : List.of("", "/minutes", "/attendance", "/decisions")) {
            String url = minutebook.querySide() + meeting(answer);
            Http.Response forThePublic = Http.get(url);
            Http.Response forTheAuditor = Http.getAs(Users.AUDITOR, url);

            assertThat(forThePublic.header("ETag")).as(answer).isEqualTo(publicTag);
            assertThat(forTheAuditor.header("ETag")).as(answer).isEqualTo(auditorsTag);
            assertThat(Http.get(url, "If-None-Match", publicTag).status()).as(answer).isEqualTo(304);
            assertThat(Http.get(url, "Authorization", Users.AUDITOR.authorization(), "If-None-Match", auditorsTag)
                    .status()).as(answer).isEqualTo(304);

            Http.Response publicWithTheAuditorsTag = Http.get(url, "If-None-Match", auditorsTag);
            Http.Response auditorWithThePublicsTag = Http.get(url, "Authorization", Users.AUDITOR.authorization(),
                    "If-None-Match", publicTag);
            assertThat(publicWithTheAuditorsTag.status()).as(answer).isEqualTo(200);
            assertThat(publicWithTheAuditorsTag.raw().body()).as(answer).isEqualTo(forThePublic.raw().body());
            assertThat(auditorWithThePublicsTag.status()).as(answer).isEqualTo(200);
            assertThat(auditorWithThePublicsTag.raw().body()).as(answer).isEqualTo(forTheAuditor.raw().body());
        }
        assertThat(Http.get(minutebook.querySide() + meeting("")).raw().body()).doesNotContain(SECRET);
        assertThat(Http.getAs(Users.AUDITOR, minutebook.querySide() + meeting("")).raw().body()).contains(SECRET);
    }

    @Test
    void aTagOfAVersionBeforeIsAnsweredTheAnswerAsItNowStands() throws Exception {
        String url = minutebook.querySide() + meeting("/attendance");
        String before = Http.get(url).header("ETag");

        long version = minutebook.record(meeting("/attendance/apologies"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""");
        minutebook.awaitProjected(meetingId, version);
        Http.Response now = Http.get(url, "If-None-Match", before);

        assertThat(now.status()).isEqualTo(200);
        assertThat(now.header("ETag")).isEqualTo("\"" + version + "-public\"");
        assertThat(now.raw().body()).contains("Councillor Cole");
        assertThat(Http.get(url, "If-None-Match", now.header("ETag")).status()).isEqualTo(304);
    }

    private static String meeting(String path) {
        return "/api/meetings/" + meetingId + path;
    }
}
