package org.minutebook.reader;

import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.reader.layout.PageText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A page is read the same whatever form it comes in: a ModernGov page saved as HTML (parsed as markup: its
 * navigation, scripts and styles unread, each cell and paragraph a line of its own), printed minutes as a PDF (the
 * text PDFBox takes from it), and the text of either.
 */
class ReadingPagesInEveryFormatTest {

    @Test
    void aPolicePanelsModernGovPageSavedAsHtmlIsReadAsItsClerkWroteIt() throws IOException {
        byte[] html = Files.readAllBytes(Path.of("src/test/resources/formats/cheshire-police-crime-panel-2024.html"));

        PublishedMinutes page = MinutesReader.read(html, PageFormat.of("page.html", html));

        assertThat(page.meeting().committee()).isEqualTo("Cheshire Police and Crime Panel");
        assertThat(page.meeting().date()).isEqualTo(LocalDate.of(2024, 7, 19));
        assertThat(page.meeting().startsAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(page.meeting().venue()).isEqualTo("Council Chamber, Municipal Buildings, Earle Street, Crewe CW1 2BJ");
        assertThat(page.items()).extracting(Item::number).containsExactly("1", "2", "3", "4");
        assertThat(page.items().get(3).title()).isEqualTo("Police and Crime Plan");
        assertThat(page.attendance()).extracting(Attendee::person).contains(
                new Person(null, "Cllr Sam Naylor", "Cheshire West and Chester"));
        assertThat(page.items().get(1).facts()).singleElement().isInstanceOfSatisfying(ItemFact.Election.class,
                election -> assertThat(election.elected().name()).isEqualTo("Mr Evan Morris"));
        assertThat(page.items().get(2).facts()).singleElement().isInstanceOf(ItemFact.NoInterests.class);
        assertThat(page.items().get(3).facts()).filteredOn(ItemFact.Decision.class::isInstance).singleElement()
                .satisfies(decision -> assertThat(((ItemFact.Decision) decision).movedBy().name())
                        .isEqualTo("Councillor Jill Houston"));
        assertThat(PageText.of(html, PageFormat.HTML)).doesNotContain("Calendar", "mgLoaded", "font-weight");
    }

    @Test
    void printedMinutesAsAPdfAreReadAsTheirText() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/seeds/pages/004_cfd6ab707287b23f.txt"));
        byte[] pdf = PrintedPdf.of(text.lines().toList());

        PublishedMinutes fromPdf = MinutesReader.read(pdf, PageFormat.of("minutes.pdf", pdf));
        PublishedMinutes fromText = MinutesReader.read(text);

        assertThat(PageFormat.of("download", pdf)).as("a PDF is known by its bytes too").isEqualTo(PageFormat.PDF);
        assertThat(fromPdf.meeting()).isEqualTo(fromText.meeting());
        assertThat(fromPdf.attendance()).extracting(Attendee::person)
                .isEqualTo(fromText.attendance().stream().map(Attendee::person).toList());
        assertThat(fromPdf.items()).extracting(Item::number, Item::title)
                .isEqualTo(fromText.items().stream().map(item -> org.assertj.core.groups.Tuple.tuple(item.number(),
                        item.title())).toList());
    }

    @Test
    void bytesThatAreNoPdfAreSaidToBeUnreadable() {
        byte[] broken = "%PDF-1.7 and then nothing".getBytes();

        assertThatThrownBy(() -> MinutesReader.read(broken, PageFormat.PDF))
                .isInstanceOf(PageText.UnreadablePage.class).hasMessageContaining("PDF cannot be read");
    }
}
