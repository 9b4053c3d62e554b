package org.minutebook.command.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of a command as a clerk sees it on the form: {@code dates[1]} is "the second date", {@code
 * parts[0].text} "the text of the first part". A refusal keeps the field's path for programs and the form's
 * placement, and says it in these words for the person reading it.
 */
public final class FieldWords {

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    /** Fields whose name says less than the form's label does. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("from", "date of appointment"),
            Map.entry("startsAt", "date and time"),
            Map.entry("openedAt", "time it opened"),
            Map.entry("closedAt", "time it closed"),
            Map.entry("toBody", "body it goes to"),
            Map.entry("dueMeetingDate", "date of the meeting it is due at"),
            Map.entry("blocks", "paragraph"),
            Map.entry("id", "id"),
            Map.entry("replacement", "correction"),
            Map.entry("url", "web address"),
            Map.entry("webcastUrl", "web address of the webcast"));
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private FieldWords() {
    }

    /** The field in words, starting "the": "the second date", "the name of the member". */
    public static String of(String path) {
        if (path == null || path.isBlank()) {
            return "the request";
        }
        List<String> phrases = new ArrayList<>();
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find()) {
            String name = words(segment.group(1));
            Matcher index = INDEX.matcher(segment.group(2));
            if (index.find()) {
                phrases.add("the " + ordinal(Integer.parseInt(index.group(1))) + " " + singular(name));
            } else {
                phrases.add("the " + name);
            }
        }
        List<String> innermostFirst = new ArrayList<>(phrases);
        java.util.Collections.reverse(innermostFirst);
        return String.join(" of ", innermostFirst);
    }

    /** The same, starting a sentence. */
    public static String capitalised(String path) {
        String words = of(path);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String words(String name) {
        String label = LABELS.get(name);
        if (label != null) {
            return label;
        }
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.endsWith(" id") ? spaced.substring(0, spaced.length() - 3) + "'s id" : spaced;
    }

    private static String singular(String words) {
        return words.endsWith("s") && !words.endsWith("ss") ? words.substring(0, words.length() - 1) : words;
    }

    private static String ordinal(int index) {
        return index < ORDINALS.length ? ORDINALS[index] : (index + 1) + "th";
    }
}
