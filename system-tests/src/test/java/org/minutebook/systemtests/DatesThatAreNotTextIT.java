package org.minutebook.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk's tool sends a meeting's date as something other than text: {@code []} was read as no date at all, and
 * the meeting scheduled without one; {@code [2021, 11, 2]} was read as a date. Each is refused naming the field,
 * nothing is stored, and the same meeting sent with its date as text is scheduled.
 */
class DatesThatAreNotTextIT {

    private static Minutebook minutebook;

    @BeforeAll
    static void theCommittee() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee("dates-as-text", "Scrutiny Commission");
    }

    @Test
    void aDateThatIsNotTextIsRefusedNamingItAndTheMeetingIsScheduledWhenItIsText() throws Exception {
        for (String notText : List.of("[]", "[2021, 11, 2]", "[\"2021-11-02\"]", "{}", "20211102")) {
            Http.Response refused = Http.post(minutebook.commandSide() + "/api/meetings", schedule(notText));

            assertThat(refused.status()).as(notText + ": " + refused.raw().body()).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("date");
            assertThat(Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/dates-as-text-1/history")
                    .status()).as("nothing stored").isEqualTo(404);
        }

        assertThat(minutebook.record("/api/meetings", schedule("\"2021-11-02\""))).isZero();
    }

    private static String schedule(String date) {
        return """
                {"meetingId": "dates-as-text-1", "committeeId": "dates-as-text", "title": "Scrutiny Commission",
                 "date": %s}""".formatted(date);
    }
}
