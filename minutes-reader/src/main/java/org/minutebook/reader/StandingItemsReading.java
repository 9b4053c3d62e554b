package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.business.RepresentationKind;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standing items of every agenda: petitions, questions, representations and statements of case, urgent
 * business, the chair's announcements — received, or none. "The Monitoring Officer reported that none had been
 * received" means none of what the item's title names.
 */
final class StandingItemsReading {

    private static final Pattern NONE_RECEIVED = Pattern.compile("(?i)\\b(?:none|nothing)\\s+(?:had|has|have)\\s+been"
            + "\\s+(?:received|submitted)|\\bthere were none\\b|\\bnone (?:were|was) (?:received|submitted)\\b");
    private static final Pattern NO_PETITIONS = Pattern.compile("(?i)\\bno\\s+(?:e-?)?petitions?\\b");
    private static final Pattern NO_QUESTIONS = Pattern.compile("(?i)\\bno\\s+(?:public\\s+|members'?\\s+|further\\s+|"
            + "written\\s+)?questions?\\b");
    private static final Pattern NO_REPRESENTATIONS = Pattern.compile("(?i)\\bno\\s+(?:representations?|statements? "
            + "of case|deputations?)\\b");
    private static final Pattern NO_URGENT = Pattern.compile("(?i)\\bno\\s+(?:other\\s+|further\\s+)?(?:items?\\s+of\\s+"
            + "(?:urgent\\s+|other\\s+|any other\\s+)?business|urgent\\s+(?:items?|business)|items?\\s+of\\s+urgent"
            + "\\s+business|other\\s+(?:items?|business))\\b");
    private static final Pattern CLOSE_CLAUSE = Pattern.compile(",?\\s+the meeting (?:closed|finished|ended|"
            + "concluded)\\b.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEMBERS = Pattern.compile("(?i)\\b(?:by|from|of)\\s+(?:members|councillors)\\b|"
            + "\\bmembers'?\\s+questions\\b|\\bcouncillors'?\\s+questions\\b");
    private static final Pattern STATEMENT = Pattern.compile("(?i)\\b(?:a\\s+)?(?:detailed\\s+|written\\s+)?"
            + "(?<kind>statement of case|representation|statement)\\s+from\\s+(?<from>[A-Z][^.]*?)\\s+was\\s+"
            + "(?<read>taken as read|received|circulated|noted)");
    private static final Pattern PETITION = Pattern.compile("(?i)\\bpetition\\b");
    private static final Pattern PRESENTED_BY = Pattern.compile("(?:presented|submitted) by (?<who>" + Names.NAME
            + "|the [A-Z][\\w ]+?)(?=[,.;]| on | who |$)|^(?<presenter>" + Names.NAME + ") (?:presented|submitted) "
            + "a petition\\b");
    private static final Pattern SIGNATURES = Pattern.compile("(?i)(?<n>\\d[\\d,]*)\\s+signatures|signed by\\s+"
            + "(?<m>\\d[\\d,]*)");
    private static final Pattern QUOTED = Pattern.compile("[‘“\"']([^’”\"']{3,300})[’”\"']");
    /** "There were no late items.", "There were no Extraordinary/Urgent items." */
    private static final Pattern NO_LATE = Pattern.compile("(?i)\\bno (?:late|extraordinary(?:/urgent)?|urgent) items\\b");
    private static final Pattern OPENED = Pattern.compile("(?i)\\b(?:declared the meeting open(?:ed)?|opened the "
            + "meeting)\\b");
    /** "Chair's Announcements", and the chair's own business as Irish and other councils title it ("Lord Mayor's Business"). */
    private static final Pattern ANNOUNCEMENTS = Pattern.compile("(?i)\\bannouncements?\\b|\\b(?:lord )?(?:mayor|chair(?:man|"
            + "person|woman)?|cathaoirleach|cathaoir|convener|provost)['’]?s business\\b");
    /** "There were no Chair's announcements.", "No announcements", "Nil": nothing was announced. */
    private static final Pattern NO_ANNOUNCEMENTS = Pattern.compile("(?i)^(?:nil|none|n/a)\\.?$|\\bno\\s+(?:\\S+\\s+){0,3}"
            + "announcements?\\b|\\bnothing to announce\\b|\\bthere were none\\b");

    private StandingItemsReading() {
    }

    static void read(ItemReading item) {
        String title = item.titleLower();
        String subject = item.subject();
        for (int p = 0; p < item.paragraphs.size(); p++) {
            int line = item.line(p);
            for (String sentence : Sentences.of(item.text(p))) {
                boolean none = NONE_RECEIVED.matcher(sentence).find();
                String words = CLOSE_CLAUSE.matcher(sentence).replaceFirst("");
                if (NO_PETITIONS.matcher(sentence).find() || none && title.contains("petition")) {
                    item.fact(p, new ItemFact.NoPetitions(line, sentence));
                } else if (PETITION.matcher(sentence).find() && PRESENTED_BY.matcher(sentence).find()
                        && !item.has(ItemFact.Petition.class)) {
                    petition(item, p, sentence);
                }
                boolean nil = sentence.matches("(?i)^(?:nil|none)\\.?$");
                boolean questionsNone = NO_QUESTIONS.matcher(sentence).find() || (none || nil) && title.contains("question");
                if (questionsNone) {
                    item.fact(p, new ItemFact.NoQuestions(line, kindOf(subject + " " + sentence), sentence));
                }
                if (NO_REPRESENTATIONS.matcher(sentence).find()
                        || none && (title.contains("representation") || title.contains("statement"))) {
                    item.fact(p, new ItemFact.NoRepresentations(line, sentence));
                }
                if (NO_URGENT.matcher(sentence).find() || NO_LATE.matcher(sentence).find()) {
                    item.fact(p, new ItemFact.NoUrgentItems(line, words));
                }
                Matcher statement = STATEMENT.matcher(sentence);
                if (statement.find()) {
                    item.fact(p, new ItemFact.Representation(line, representationKind(statement.group("kind")),
                            Offices.person(statement.group("from")),
                            statement.group("read").equalsIgnoreCase("taken as read")));
                }
            }
        }
        if (ANNOUNCEMENTS.matcher(title).find() && !item.paragraphs.isEmpty() && item.facts.isEmpty()) {
            String text = Paragraph.tidy(String.join(" ", item.paragraphs.stream().map(Paragraph::text).toList()));
            // "DECLARATION OF OPENING & ANNOUNCEMENT OF VISITORS" (Western Australia's first item) minuting only
            // that the meeting was opened announces nothing: the words stay minute text
            // and a minute that says there were none announces nothing either (the record has no fact for it)
            if (!(Sentences.of(text).size() == 1 && OPENED.matcher(text).find())
                    && !NO_ANNOUNCEMENTS.matcher(text).find()) {
                item.fact(0, new ItemFact.Announcement(item.line(0), text));
            }
        }
    }

    static QuestionKind kindOf(String text) {
        return MEMBERS.matcher(text).find() ? QuestionKind.MEMBER : QuestionKind.PUBLIC;
    }

    private static RepresentationKind representationKind(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        return k.startsWith("statement of case") ? RepresentationKind.STATEMENT_OF_CASE
                : k.startsWith("representation") ? RepresentationKind.REPRESENTATION : RepresentationKind.STATEMENT;
    }

    private static void petition(ItemReading item, int p, String sentence) {
        Matcher by = PRESENTED_BY.matcher(sentence);
        by.find();
        Matcher signatures = SIGNATURES.matcher(sentence);
        Integer count = null;
        if (signatures.find()) {
            String n = signatures.group("n") != null ? signatures.group("n") : signatures.group("m");
            count = Integer.parseInt(n.replace(",", ""));
        }
        Matcher quoted = QUOTED.matcher(sentence);
        String title = quoted.find() ? quoted.group(1) : Sentences.withoutStop(sentence);
        Person presentedBy = Offices.person(by.group("who") != null ? by.group("who") : by.group("presenter"));
        item.fact(p, new ItemFact.Petition(item.line(p), title, presentedBy, count, item.text(p)));
    }
}
