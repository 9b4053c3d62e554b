package org.minutebook.reader;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a title ends and the agenda text begins when a page runs them together ("Petitions Any petitions received
 * … will be reported."). A title is a heading — capitalised words, no sentence; the agenda text is a sentence,
 * and opens with one of the words agenda sentences open with. A head that is a sentence from its first word is
 * agenda text with no title; one that is no sentence at all is a title alone ("Any Other Business").
 */
record TitleAndAgenda(String title, String agendaText) {

    /** Words an agenda sentence opens with, in the minutes of English councils. */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "Any", "To", "Members", "This", "These",
            "Attached", "Please", "Each", "There", "Following");
    /**
     * Nouns an agenda sentence may open with after a title ("… Thrive Director of … will give a presentation"),
     * but only followed by one of {@link #AFTER_NOUN}: as "Annual Report 2023-24" they are words of the title, and
     * at the head's first word ("Minutes of the Previous Meeting") they open the title.
     */
    private static final Set<String> NOUNS = Set.of("Director", "Report", "Councillor", "Councillors", "Officers",
            "Cabinet", "Briefing", "Details", "Consideration", "Chair", "Committee", "Commission", "Board",
            "Head", "Chief", "Leader", "Mayor", "Presentation", "Update");
    private static final Set<String> AFTER_NOUN = Set.of("of", "by", "from", "to", "on", "will", "is", "are",
            "submits", "note", "presents");
    private static final Set<String> JOINING = Set.of("of", "the", "and", "for", "to", "by", "from", "with", "on",
            "in", "at", "a", "an", "&", "or");
    private static final Pattern LOWERCASE_WORD = Pattern.compile("\\b(?!(?:of|the|and|for|to|by|from|with|on|in|at|"
            + "a|an|or)\\b)[a-z][a-z’']+\\b");

    static TitleAndAgenda of(String head) {
        String text = Paragraph.tidy(head);
        if (text.isEmpty()) {
            return new TitleAndAgenda(null, null);
        }
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!opens(words, i)) {
                continue;
            }
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (isSentence(rest)) {
                String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
                return new TitleAndAgenda(title.isEmpty() ? null : title, rest);
            }
        }
        return new TitleAndAgenda(text, null);
    }

    private static boolean opens(String[] words, int i) {
        if (i > 0 && JOINING.contains(words[i - 1].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (i + 1 < words.length && OPENERS.contains(words[i + 1])) {
            // "Appointment of Substitute Members To note …": the sentence opens at the next word
            return false;
        }
        return OPENERS.contains(words[i])
                || i > 0 && NOUNS.contains(words[i]) && i + 1 < words.length && AFTER_NOUN.contains(words[i + 1]);
    }

    /** A sentence: three words or more, some of them lower-case words other than joining words. */
    private static boolean isSentence(String text) {
        long lower = LOWERCASE_WORD.matcher(text).results().count();
        return text.split(" ").length >= 3 && lower >= 2;
    }
}
