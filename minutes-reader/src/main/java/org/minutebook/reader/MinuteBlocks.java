package org.minutebook.reader;

import org.minutebook.events.business.MinuteBlock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** A minute's paragraphs as blocks: paragraphs, and bulleted lists ("· …", "• …") as the page sets them. */
final class MinuteBlocks {

    private static final Pattern BULLET = Pattern.compile("^[·•▪●◦\\u2022–-]\\s+");
    private static final Pattern INLINE_BULLET = Pattern.compile("\\s+[·•▪●]\\s+");

    private MinuteBlocks() {
    }

    static boolean isBullet(String text) {
        return BULLET.matcher(text).find();
    }

    /** "· a · b": a paragraph of run-together bullets gives each. */
    static List<String> bulletsOf(String text) {
        return Arrays.stream(INLINE_BULLET.split(BULLET.matcher(text).replaceFirst("")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<MinuteBlock> of(List<Paragraph> paragraphs) {
        List<MinuteBlock> blocks = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            if (isBullet(paragraph.text())) {
                bullets.addAll(bulletsOf(paragraph.text()));
                continue;
            }
            if (!bullets.isEmpty()) {
                blocks.add(MinuteBlock.bullets(bullets));
                bullets = new ArrayList<>();
            }
            blocks.add(MinuteBlock.paragraph(paragraph.text()));
        }
        if (!bullets.isEmpty()) {
            blocks.add(MinuteBlock.bullets(bullets));
        }
        return blocks;
    }
}
