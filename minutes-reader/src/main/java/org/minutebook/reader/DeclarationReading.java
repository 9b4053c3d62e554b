package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.events.declarations.InterestCategory;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declarations of interest and of the party whip, made or recorded as none: "Councillor March declared that she
 * was a governor at Ellesmere College.", "No declarations were made.", "There were no declarations of the party
 * whip." The words are kept as the member declared them; a category only where the page names one.
 */
final class DeclarationReading {

    private static final Pattern DECLARED = Pattern.compile("(?<who>" + Names.NAME + ")\\s+(?:(?:also|then)\\s+)?"
            + "declared\\s+(?<words>.+)$");
    private static final Pattern NONE = Pattern.compile("(?i)\\b(?:there were no|no)\\s+(?:declarations?|interests?)"
            + "\\b(?!\\s+of\\s+(?:the\\s+)?party\\s+whip)|\\bno (?:members?|councillors?) declared\\b|\\bnone were "
            + "declared\\b|\\bno interests? (?:were|was) declared\\b");
    private static final Pattern NO_WHIP = Pattern.compile("(?i)\\bno\\s+(?:declarations?\\s+of\\s+(?:the\\s+|a\\s+)?"
            + "party\\s+whip|party\\s+whips?\\s+(?:were|was|had been)?\\s*declared)");
    private static final Pattern WHIP = Pattern.compile("(?i)\\bparty whip\\b");
    private static final Pattern ON_ITEM = Pattern.compile("(?i)\\b(?:agenda\\s+)?(?:item|minute)\\s+(?:no\\.?\\s*)?"
            + "(\\d+[a-z]?)\\b");
    private static final Pattern LEFT = Pattern.compile("(?i)\\b(?:left|withdrew from) the (?:room|meeting|chamber)\\b");
    private static final Pattern NO_PART = Pattern.compile("(?i)\\btook no part in the (?:vote|voting|decision|"
            + "discussion|debate)\\b|\\bdid not (?:vote|take part)\\b");

    private DeclarationReading() {
    }

    static void read(ItemReading item) {
        boolean aboutWhip = WHIP.matcher(item.subject()).find();
        for (int p = 0; p < item.paragraphs.size(); p++) {
            for (String sentence : Sentences.of(item.text(p))) {
                Matcher declared = DECLARED.matcher(sentence);
                int line = item.line(p);
                if (NO_WHIP.matcher(sentence).find() || aboutWhip && NONE.matcher(sentence).find()) {
                    item.fact(p, new ItemFact.NoPartyWhip(line));
                } else if (NONE.matcher(sentence).find() && !item.has(ItemFact.NoInterests.class)) {
                    item.fact(p, new ItemFact.NoInterests(line));
                } else if (declared.find()) {
                    Person member = new Person(null, declared.group("who"), null);
                    String words = Sentences.withoutStop(declared.group("words"));
                    item.fact(p, WHIP.matcher(words).find() ? new ItemFact.PartyWhip(line, member, words)
                            : interest(line, member, words));
                }
            }
        }
    }

    private static ItemFact.Interest interest(int line, Person member, String words) {
        Matcher item = ON_ITEM.matcher(words);
        return new ItemFact.Interest(line, member, words, category(words), item.find() ? item.group(1) : null,
                LEFT.matcher(words).find(), NO_PART.matcher(words).find());
    }

    private static InterestCategory category(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("non-registrable") || w.contains("non registrable")) {
            return InterestCategory.NON_REGISTRABLE;
        }
        if (w.contains("other registrable")) {
            return InterestCategory.OTHER_REGISTRABLE;
        }
        if (w.contains("disclosable pecuniary") || w.contains("pecuniary interest")) {
            return InterestCategory.DISCLOSABLE_PECUNIARY;
        }
        return InterestCategory.NOT_STATED;
    }
}
