package org.minutebook.reader;

import org.minutebook.events.agenda.AgendaDocument;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.business.MinuteBlock;

import java.util.List;

/**
 * One item of business: its number and title as printed (either may be absent), its agenda text, its documents,
 * the minute as the page words it (every word kept, whether or not a fact was recognised in it), the facts
 * recognised in it, the paragraphs in which none was, and its parts ("The individual Annual Reports … were considered separately as follows").
 */
public record Item(int line, String number, String title, String agendaText, List<AgendaDocument> documents,
                   Exemption exemption, List<MinuteBlock> minute, boolean cutOff, List<ItemFact> facts,
                   List<PlainText> plainText, List<Item> parts) {

    public Item {
        documents = List.copyOf(documents);
        minute = List.copyOf(minute);
        facts = List.copyOf(facts);
        plainText = List.copyOf(plainText);
        parts = List.copyOf(parts);
    }
}
