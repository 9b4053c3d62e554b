package org.minutebook.query.record;

import org.junit.jupiter.api.Test;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.business.ItemMinuted;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.minute;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.resolved;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** What the public reads of a meeting with exempt business (Schedule 12A): the item's number and why, nothing more. */
class PublishedRecordTest {

    private static final Exemption FINANCIAL_AFFAIRS = new Exemption("3", "Financial affairs of a person");

    @Test
    void anExemptItemIsPublishedAsItsNumberExemptItemAndTheParagraphWithNothingMinutedUnderIt() {
        MeetingRecord record = ofAMeeting().then(scheduled(), item("27", 1), exempt("28", 2), opened(),
                new ItemMinuted(MEETING, "item-28", minute("The allowance of one family was discussed"), false),
                resolved("28", "That the allowance be paid"), resolved("27", "That the report be noted")).record();

        MeetingRecord published = record.asPublished(record);

        AgendaItem withheld = published.item("item-28").orElseThrow();
        assertThat(withheld.number()).isEqualTo("28");
        assertThat(withheld.title()).isEqualTo("Exempt item");
        assertThat(withheld.exemption()).isEqualTo(FINANCIAL_AFFAIRS);
        assertThat(withheld.agendaText()).isNull();
        assertThat(withheld.business()).isEmpty();
        assertThat(published.item("item-27").orElseThrow().business()).hasSize(1);
        assertThat(record.item("item-28").orElseThrow().business()).as("the whole record is unchanged").hasSize(2);
    }

    @Test
    void thePartsOfAnExemptItemAreExemptWithIt() {
        MeetingRecord record = ofAMeeting().then(scheduled(), exempt("28", 1), item("28(a)", 2, "28"), opened(),
                resolved("28(a)", "That the placement continue")).record();

        assertThat(record.exemptItems()).containsExactly("item-28", "item-28(a)");
        assertThat(record.asPublished(record).item("item-28(a)").orElseThrow().business()).isEmpty();
    }

    @Test
    void anItemMadeExemptLaterIsWithheldFromTheRecordAsItStoodBefore() {
        MeetingStory story = ofAMeeting().then(scheduled(), item("28", 1), opened(),
                resolved("28", "That the allowance be paid"));
        MeetingRecord before = story.record();
        story.then(new AgendaItemAmended(MEETING, "item-28", "28", null, 1, "Item 28", null, null, List.of(),
                FINANCIAL_AFFAIRS));

        MeetingRecord published = before.asPublished(story.record());

        assertThat(published.item("item-28").orElseThrow().business()).isEmpty();
        assertThat(published.item("item-28").orElseThrow().title()).isEqualTo("Exempt item");
    }

    @Test
    void theRecordSaysWhichItemsAreExemptAndReadsBackAsStored() {
        MeetingRecord record = ofAMeeting().then(scheduled(), exempt("28", 1), item("28(a)", 2, "28")).record();

        var stored = MeetingStory.JSON.document(record);
        assertThat(stored.getList("exemptItems", String.class)).containsExactly("item-28", "item-28(a)");
        assertThat(MeetingStory.JSON.read(stored, MeetingRecord.class).exemptItems())
                .containsExactly("item-28", "item-28(a)");
    }

    @Test
    void aMeetingWithoutExemptBusinessIsPublishedWhole() {
        MeetingRecord record = ofAMeeting().then(scheduled(), item("27", 1), opened(),
                resolved("27", "That the report be noted")).record();

        assertThat(record.asPublished(record)).isSameAs(record);
        assertThat(record.exemptItems()).isEmpty();
    }

    private static AgendaItemAdded exempt(String number, int position) {
        return new AgendaItemAdded(MEETING, "item-" + number, number, null, position, "Item " + number,
                "The circumstances of one family", null, List.of(), FINANCIAL_AFFAIRS);
    }
}
