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
    /** "Councillors George and Judith Cooper both declared", "Cllrs T Davies and D Price declared", "Mayor Tong declared". */
    private static final Pattern JOINTLY = Pattern.compile("^(?<who>(?:Councillors?|Cllrs?\\.?|Crs?\\.?|Mayor|Deputy "
            + "Mayor|Mr|Mrs|Ms|Dr)\\s+[^.;:]*?)\\s+(?:both\\s+|all\\s+|also\\s+|then\\s+)?declared\\s+(?<words>.+)$");
    private static final Pattern NONE_ALONE = Pattern.compile("(?i)^(?:none|nil|none declared|no issues were raised"
            + "|no declarations|there were none|none were made|none (?:were )?received|there were no declarations made"
            + "|none (?:were )?(?:declared|made|raised))\\.?$|\\bdeclared no interests\\b");
    private static final Pattern AGENDA_ITEM = Pattern.compile("^Agenda Item (?<n>\\d+[a-z]?)\\.?\\s+");
    /** The table some councils minute declarations in: Councillor | Minute Number | Nature of Interest. */
    private static final Pattern TABLE_HEADER = Pattern.compile("(?i)^(?:councillor|member)s?$");
    private static final Pattern NONE = Pattern.compile("(?i)\\b(?:there were no|no)\\s+(?:declarations?|interests?|disclosures?|conflicts?)"
            + "\\b(?!\\s+of\\s+(?:the\\s+)?party\\s+whip)(?!\\s+of\\s+lobbying)|\\bno (?:members?|councillors?) declared\\b|\\bnone were "
            + "declared\\b|\\bno interests? (?:were|was) declared\\b");
    private static final Pattern NO_WHIP = Pattern.compile("(?i)\\bno\\s+(?:declarations?\\s+of\\s+(?:the\\s+|a\\s+)?"
            + "party\\s+whip|party\\s+whips?\\s+(?:were|was|had been)?\\s*declared)");
    private static final Pattern WHIP = Pattern.compile("(?i)\\bparty whip\\b");
    private static final Pattern ON_ITEM = Pattern.compile("(?i)\\b(?:agenda\\s+)?(?:item|minute)(?:\\s+number)?\\s+"
            // "agenda item 17(6)": the item's numbered or lettered part printed against its number is kept
            + "(?:no\\.?\\s*)?([A-Z]?\\d+(?:\\.\\d+)?[a-z]?(?:\\(\\d{1,3}\\)|\\([a-z]\\))?)(?:\\b|(?<=\\)))");
    private static final Pattern LEFT = Pattern.compile("(?i)\\b(?:left|withdrew from) the (?:room|meeting|chamber)\\b");
    private static final Pattern NO_PART = Pattern.compile("(?i)\\btook no part in the (?:vote|voting|decision|"
            + "discussion|debate)\\b|\\bdid not (?:vote|take part)\\b");

    private DeclarationReading() {
    }

    static void read(ItemReading item) {
        boolean aboutWhip = WHIP.matcher(item.subject()).find();
        boolean aboutInterests = item.subject().matches("(?s).*\\b(?:interests?|declarations?|disclosures?)\\b.*");
        table(item);
        for (int p = 0; p < item.paragraphs.size(); p++) {
            String onItem = null;
            for (String said : Sentences.of(item.text(p))) {
                String sentence = said;
                Matcher agendaItem = AGENDA_ITEM.matcher(sentence + " ");
                if (agendaItem.lookingAt()) {
                    onItem = agendaItem.group("n");
                    sentence = agendaItem.replaceFirst("").strip();
                    if (sentence.isEmpty()) {
                        continue;
                    }
                }
                Matcher declared = DECLARED.matcher(sentence);
                Matcher jointly = JOINTLY.matcher(sentence);
                int line = item.line(p);
                boolean none = NONE.matcher(sentence).find() || aboutInterests && NONE_ALONE.matcher(sentence).find();
                if (NO_WHIP.matcher(sentence).find() || aboutWhip && none) {
                    item.fact(p, new ItemFact.NoPartyWhip(line));
                } else if (none) {
                    if (!item.has(ItemFact.NoInterests.class)) {
                        item.fact(p, new ItemFact.NoInterests(line));
                    }
                } else if (jointly.find() && !jointly.group("who").matches(".*\\b(?:who|which|that|had|has)\\b.*")) {
                    String words = Sentences.withoutStop(jointly.group("words"));
                    for (Person member : AttendanceLists.people(jointly.group("who"), AttendanceLists.Kind.PRESENT)) {
                        item.fact(p, WHIP.matcher(words).find() ? new ItemFact.PartyWhip(line, member, words)
                                : interest(line, member, words, onItem));
                    }
                } else if (declared.find()) {
                    Person member = new Person(null, declared.group("who"), null);
                    String words = Sentences.withoutStop(declared.group("words"));
                    item.fact(p, WHIP.matcher(words).find() ? new ItemFact.PartyWhip(line, member, words)
                            : interest(line, member, words, onItem));
                }
            }
        }
    }

    /** "Councillor / Minute Number / Nature of Interest", then a name, "8 – Title", the interest, and so on. */
    private static void table(ItemReading item) {
        for (int p = 0; p + 2 < item.paragraphs.size(); p++) {
            if (!TABLE_HEADER.matcher(item.text(p)).matches()
                    || !item.text(p + 1).toLowerCase(Locale.ROOT).matches("(?:minute|item|agenda item)(?: number| no\\.?)?")
                    || !item.text(p + 2).toLowerCase(Locale.ROOT).startsWith("nature")) {
                continue;
            }
            item.recognised.add(p);
            item.recognised.add(p + 1);
            item.recognised.add(p + 2);
            for (int row = p + 3; row + 2 < item.paragraphs.size() + 1 && row + 1 < item.paragraphs.size(); row += 3) {
                String who = item.text(row);
                Matcher number = Pattern.compile("^(\\d+[a-z]?)\\s*[–—-]").matcher(item.text(row + 1));
                if (!AttendanceLists.looksLikeName(who) || !number.find() || row + 2 >= item.paragraphs.size()) {
                    break;
                }
                String words = item.text(row + 2);
                item.fact(row, new ItemFact.Interest(item.line(row), new Person(null, who, null), words,
                        category(words), number.group(1), false, false));
                item.recognised.add(row + 1);
                item.recognised.add(row + 2);
            }
            return;
        }
    }

    private static ItemFact.Interest interest(int line, Person member, String words, String onItem) {
        Matcher item = ON_ITEM.matcher(words);
        return new ItemFact.Interest(line, member, words, category(words), item.find() ? item.group(1) : onItem,
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
