package org.minutebook.events.business;

import java.util.List;

/**
 * One block of a minute as the page shows it: a paragraph, a sub-heading, or a bulleted list. A minute is its
 * blocks in order, so paragraphs may follow a list (003's item 4).
 *
 * @param kind  paragraph, heading or bullets
 * @param text  the paragraph's or heading's words; null for bullets
 * @param items the bullets, in order; empty for a paragraph or heading
 */
public record MinuteBlock(MinuteBlockKind kind, String text, List<String> items) {

    public MinuteBlock {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static MinuteBlock paragraph(String text) {
        return new MinuteBlock(MinuteBlockKind.PARAGRAPH, text, List.of());
    }

    public static MinuteBlock heading(String text) {
        return new MinuteBlock(MinuteBlockKind.HEADING, text, List.of());
    }

    public static MinuteBlock bullets(List<String> items) {
        return new MinuteBlock(MinuteBlockKind.BULLETS, null, items);
    }
}
