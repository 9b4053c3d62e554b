package org.minutebook.query.minutes;

import org.junit.jupiter.api.Test;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.MinuteBlock;
import org.minutebook.events.business.MinuteBlockKind;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.scheduled;

/**
 * A resident looks for "Newton Europe" in the minutes of 18 November 2020: item 28's minute names them twice, item
 * 26's once; both are found, item 28 first, the words marked where the minute says them.
 */
class SearchingTheMinutesTest {

    private static final Pattern NEWTON_EUROPE = Pattern.compile(Pattern.quote("newton europe"),
            Pattern.CASE_INSENSITIVE);

    private final List<MinuteTextRow> rows = new MinuteTextsRegister().rowsOf(ofAMeeting().then(scheduled(),
            item("26", 1), item("28", 2), opened(),
            minuted("item-26", "The Director said that Newton Europe had been engaged."),
            new ItemMinuted(MEETING, "item-28", List.of(
                    new MinuteBlock(MinuteBlockKind.PARAGRAPH, "Members were told of the review.", null),
                    new MinuteBlock(MinuteBlockKind.BULLETS, null, List.of("Newton Europe had reported;",
                            "the work of NEWTON EUROPE would end in March."))), false)).record());

    @Test
    void eachMinuteIsListedWithItsParagraphsAndPointsAsWords() {
        assertThat(rows).extracting(row -> row.where().itemId()).containsExactly("item-26", "item-28");
        assertThat(rows.get(1).text()).isEqualTo("Members were told of the review.\nNewton Europe had reported;\n"
                + "the work of NEWTON EUROPE would end in March.");
    }

    @Test
    void theMinuteThatSaysTheWordsMostOftenComesFirstWithTheWordsMarked() {
        List<MinuteSearch.Found> found = MinuteSearch.ranked(rows, NEWTON_EUROPE);

        assertThat(found).extracting(hit -> hit.minute().where().itemId(), MinuteSearch.Found::times)
                .containsExactly(tuple("item-28", 2), tuple("item-26", 1));
        assertThat(found.get(0).passage()).filteredOn(MinuteSearch.Piece::marked).extracting(MinuteSearch.Piece::text)
                .containsExactly("Newton Europe", "NEWTON EUROPE");
    }

    @Test
    void aLongMinuteIsShownAroundTheFirstMatchCutAtWords() {
        String text = "word ".repeat(200) + "Newton Europe " + "word ".repeat(200);
        List<MinuteSearch.Piece> passage = MinuteSearch.passage(text, NEWTON_EUROPE, text.indexOf("Newton"));

        assertThat(passage.get(0).text()).isEqualTo("… ");
        assertThat(passage.get(passage.size() - 1).text()).isEqualTo(" …");
        assertThat(passage).filteredOn(MinuteSearch.Piece::marked).hasSize(1);
        assertThat(passage.get(1).text()).startsWith("word");
    }

    private static ItemMinuted minuted(String itemId, String text) {
        return new ItemMinuted(MEETING, itemId, List.of(new MinuteBlock(MinuteBlockKind.PARAGRAPH, text, null)),
                false);
    }
}
