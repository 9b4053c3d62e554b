package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.events.declarations.InterestCategory;

import java.util.List;
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
    private static final Pattern DECLARED_OTHERWISE = Pattern.compile("(?i)\\bdeclared\\s+"
            + "(?:duly\\s+)?(?:re-?)?elected\\b|\\bdeclared\\s+(?:the\\s+(?:meeting|proceedings)\\s+)?(?:open|closed)\\b");
    /** "Councillors George and Judith Cooper both declared", "Cllrs T Davies and D Price declared", "Mayor Tong declared". */
    private static final Pattern JOINTLY = Pattern.compile("^(?<who>(?:Councillors?|COUNCILLORS?|Cllrs?\\.?|Crs?\\.?|Mayor|Deputy "
            + "Mayor|Mr|Mrs|Ms|Dr)\\s+[^.;:]*?)\\s+(?:both\\s+|all\\s+|also\\s+|then\\s+)?declared\\s+(?<words>.+)$");
    private static final Pattern NONE_ALONE = Pattern.compile("(?i)^(?:none|nil|none declared|no issues were raised"
            + "|no declarations|there were none|none were made|none (?:were )?received|there were no declarations made"
            + "|none (?:were )?(?:declared|made|raised))\\.?$|\\bdeclared no interests\\b");
    /**
     * "Liz Jeremy declared a Non-Pecuniary Interest on item 11.1": a member the page names without a title, taken only
     * under an item on declarations, where a sentence opening with a name and "declared" is a declaration.
     */
    private static final Pattern UNTITLED_DECLARED = Pattern.compile("^(?<who>(?!(?:The|This|That|It|There|No|All|"
            + "Members|Councillors|Each|Every|Both|Several|Some|Any|Other|Two|Three|Four|Five)\\s)\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,2})\\s+declared\\s+(?<words>.+)$");
    /** "Cr Stuart Crosby – Agenda Items 10.5: … and 10.6: …": a member, a dash, then the items declared on. */
    private static final Pattern DASH_ITEMS = Pattern.compile("^(?<who>" + Movers.WHO + ")\\s+[–—-]\\s+(?:Agenda\\s+)?"
            + "Items?\\s+(?<items>.+)$");
    /** An item's number in such a list: the first, or one after "and" or a comma, followed by its title's colon. */
    private static final Pattern LISTED_ITEM = Pattern.compile("(?:^|,\\s*|\\s+and\\s+)(?<n>\\d+(?:\\.\\d+)*[a-z]?)"
            + "(?=\\s*[:,]|\\s+and\\b|\\s*$)");
    private static final Pattern AGENDA_ITEM = Pattern.compile("^Agenda Item (?<n>\\d+[a-z]?)\\.?\\s+");
    /** The table some councils minute declarations in: Councillor | Minute Number | Nature of Interest. */
    private static final Pattern TABLE_HEADER = Pattern.compile("(?i)^(?:councillor|member)s?$");
    /**
     * "No declarations", in the many wordings clerks use: "No pecuniary interests were declared", "There were no new
     * declarations", "No personal or prejudicial interests", "Members had nothing to declare", "Nobody declared".
     */
    private static final Pattern NONE = Pattern.compile("(?i)\\b(?:there were no|no)\\s+(?:(?:new|further|other|"
            + "(?:non-?)?pecuniary|personal|prejudicial|disclosable|(?:non-?)?registrable|or|and|,)\\s*)*(?:declarations?|"
            + "interests?|disclosures?|conflicts?)\\b(?!\\s+of\\s+(?:the\\s+)?party\\s+whip)(?!\\s+of\\s+lobbying)|\\bno "
            + "(?:members?|councillors?) declared\\b|\\bnone were declared\\b|\\bno interests? (?:were|was) declared\\b"
            + "|\\b(?:no-?one|no one|nobody) declared\\b|\\b(?:had|have) nothing to declare\\b");
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
                if (DECLARED_OTHERWISE.matcher(sentence).find()) {
                    // "Cllr. Joe Sullivan was declared elected", "declared the meeting open": no interest
                    continue;
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
                    List<Person> members = EntryPeople.people(jointly.group("who"), AttendanceLists.Kind.PRESENT);
                    // a list's reading knows no title in capitals ("COUNCILLOR BERMAN"): the one member as printed
                    for (Person member : members.isEmpty()
                            ? List.of(new Person(null, jointly.group("who").strip(), null)) : members) {
                        item.fact(p, WHIP.matcher(words).find() ? new ItemFact.PartyWhip(line, member, words)
                                : interest(line, member, words, onItem));
                    }
                } else if (aboutInterests && DASH_ITEMS.matcher(sentence).matches()) {
                    Matcher dash = DASH_ITEMS.matcher(sentence);
                    dash.matches();
                    Person member = new Person(null, dash.group("who").strip(), null);
                    String words = Sentences.withoutStop(sentence);
                    for (Matcher n = LISTED_ITEM.matcher(dash.group("items")); n.find(); ) {
                        item.fact(p, new ItemFact.Interest(line, member, words, category(words), n.group("n"), false,
                                false));
                    }
                } else if (declared.find()) {
                    Person member = new Person(null, declared.group("who"), null);
                    String words = Sentences.withoutStop(declared.group("words"));
                    item.fact(p, WHIP.matcher(words).find() ? new ItemFact.PartyWhip(line, member, words)
                            : interest(line, member, words, onItem));
                } else if (aboutInterests && UNTITLED_DECLARED.matcher(sentence).matches()) {
                    Matcher untitled = UNTITLED_DECLARED.matcher(sentence);
                    untitled.matches();
                    item.fact(p, interest(line, new Person(null, untitled.group("who"), null),
                            Sentences.withoutStop(untitled.group("words")), onItem));
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
                if (!ListNames.looksLikeName(who) || !number.find() || row + 2 >= item.paragraphs.size()) {
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
