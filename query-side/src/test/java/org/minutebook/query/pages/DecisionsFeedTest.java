package org.minutebook.query.pages;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minutebook.query.decisions.DecisionRow;
import org.minutebook.query.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.query.decisions.DecisionRows;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.closed;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.resolved;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** The decisions as an Atom feed: one entry a decision, in the register's order, linked to the minutes. */
class DecisionsFeedTest {

    private static final PageLinks SITE = new PageLinks("http://localhost:8082");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final List<DecisionRow> decisions = DecisionRows.of(ofAMeeting().then(scheduled(), item("26", 1),
            item("28", 2), opened(), resolved("26", "That the report be noted;", "That the Cabinet be advised."),
            new ItemDeferred(MEETING, "item-28", "The report was not ready"), closed()).record());

    @Test
    void item26sResolutionAndItem28sDeferralAreEntriesLinkedToTheMinutesOfTheirItems() throws Exception {
        SyndFeed feed = parsed(DecisionsFeed.of("Decisions", decisions, SITE, new Wording(), NOW));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Decisions");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(
                "Resolved: 26. Item 26 — Children and Families Overview and Scrutiny Committee, Wednesday 18 November 2020",
                "Deferred: 28. Item 28 — Children and Families Overview and Scrutiny Committee, Wednesday 18 November 2020");
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).containsExactly(
                "http://localhost:8082/meetings/" + MEETING + "/minutes#item-26",
                "http://localhost:8082/meetings/" + MEETING + "/minutes#item-28");
        assertThat(feed.getEntries()).extracting(entry -> entry.getDescription().getValue())
                .containsExactly("a) That the report be noted; b) That the Cabinet be advised.", "The report was not ready");
    }

    @Test
    void eachEntryIsDatedByItsMeetingAndKeepsItsIdFromOneReadingToTheNext() throws Exception {
        String written = DecisionsFeed.of("Decisions", decisions, SITE, new Wording(), NOW);
        SyndFeed feed = parsed(written);

        Date meetingDay = Date.from(LocalDate.of(2020, 11, 18).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(feed.getEntries()).extracting(SyndEntry::getUpdatedDate).containsOnly(meetingDay);
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).doesNotHaveDuplicates()
                .containsExactly("urn:minutebook:decision:" + MEETING + ":res-26",
                        "urn:minutebook:decision:" + MEETING + ":deferral:item-28");
        assertThat(parsed(DecisionsFeed.of("Decisions", decisions, SITE, new Wording(), NOW.plusSeconds(3600)))
                .getEntries()).extracting(SyndEntry::getUri)
                .containsExactlyElementsOf(feed.getEntries().stream().map(SyndEntry::getUri).toList());
        assertThat(written).contains("<link rel=\"self\" href=\"http://localhost:8082/decisions.atom\"");
    }

    @Test
    void anEntryKeepsItsIdWhenADecisionIsMinutedAboveItLaterAndNamesItsCommitteeAsAuthor() throws Exception {
        List<DecisionRow> withAnEarlierItem = DecisionRows.of(ofAMeeting().then(scheduled(), item("26", 1),
                item("28", 2), opened(), resolved("26", "That the report be noted;", "That the Cabinet be advised."),
                new ItemDeferred(MEETING, "item-28", "The report was not ready"), closed(), item("25", 0),
                resolved("25", "That the minutes be approved.")).record());

        List<String> before = parsed(DecisionsFeed.of("Decisions", decisions, SITE, new Wording(), NOW)).getEntries()
                .stream().map(SyndEntry::getUri).toList();
        SyndFeed after = parsed(DecisionsFeed.of("Decisions", withAnEarlierItem, SITE, new Wording(), NOW));

        assertThat(after.getEntries()).extracting(SyndEntry::getTitle).first().asString().startsWith("Resolved: 25.");
        assertThat(after.getEntries()).extracting(SyndEntry::getUri).containsAll(before).hasSize(3);
        assertThat(after.getEntries()).extracting(SyndEntry::getAuthor)
                .containsOnly("Children and Families Overview and Scrutiny Committee");
    }

    @Test
    void anEntryReadFromTheRegisterAsStoredHasTheSameId() throws Exception {
        ObjectMapper json = new RecordJson().mapper();
        List<DecisionRow> stored = json.readValue(json.writeValueAsBytes(decisions),
                json.getTypeFactory().constructCollectionType(List.class, DecisionRow.class));

        assertThat(parsed(DecisionsFeed.of("Decisions", stored, SITE, new Wording(), NOW)).getEntries())
                .extracting(SyndEntry::getUri)
                .containsExactlyElementsOf(parsed(DecisionsFeed.of("Decisions", decisions, SITE, new Wording(), NOW))
                        .getEntries().stream().map(SyndEntry::getUri).toList())
                .noneMatch(id -> id.contains("null"));
    }

    @Test
    void aBrowserIsGivenTheStylesheetThatShowsTheFeedAsAPage() {
        String written = DecisionsFeed.of("Decisions", decisions, SITE, new Wording(), NOW);

        assertThat(written).startsWith("<?xml version").contains(DecisionsFeed.STYLESHEET);
        assertThat(written.indexOf(DecisionsFeed.STYLESHEET)).as("before the feed's element")
                .isLessThan(written.indexOf("<feed"));
        assertThat(getClass().getResource("/static/feeds/atom.xsl")).isNotNull();
    }

    @Test
    void aResolutionStoredWithCharactersXmlCannotCarryIsAnEntryWithReplacementCharacters() throws Exception {
        List<DecisionRow> stored = DecisionRows.of(ofAMeeting().then(scheduled(), item("26", 1), opened(),
                resolved("26", "That the report\uFFFF be noted\u0000;", "That the Cabinet\uD800 be advised."),
                closed()).record());

        SyndFeed feed = parsed(DecisionsFeed.of("Decisions of the \uFFFE committee", stored, SITE, new Wording(), NOW));

        assertThat(feed.getTitle()).isEqualTo("Decisions of the \uFFFD committee");
        assertThat(feed.getEntries()).extracting(entry -> entry.getDescription().getValue())
                .containsExactly("a) That the report\uFFFD be noted\uFFFD; b) That the Cabinet\uFFFD be advised.");
    }

    @Test
    void aRegisterWithNoDecisionsIsAnEmptyFeedDatedNow() throws Exception {
        SyndFeed feed = parsed(DecisionsFeed.of("Decisions", List.of(), SITE, new Wording(), NOW));

        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getPublishedDate()).isEqualTo(Date.from(NOW));
    }

    private static SyndFeed parsed(String atom) throws Exception {
        return new SyndFeedInput().build(new StringReader(atom));
    }
}
