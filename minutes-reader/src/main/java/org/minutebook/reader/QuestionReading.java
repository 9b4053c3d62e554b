package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.events.business.QuestionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions put at the meeting, as minutes lay them out: "Mrs Sue Whiting asked the following question of the
 * Chairman …:" or "Question: …?", then "… replied as follows:" and the answer, "Supplementary Question:", the
 * supplementary question and its answer, and any written reply promised. An answer whose words the page does not
 * give ("The Strategic Director … responded:" and nothing more) is recorded without words.
 */
final class QuestionReading {

    private static final Pattern ASKED = Pattern.compile("^(?<who>" + Names.NAME + "|[A-Z][^,:]{2,80}?) asked the "
            + "following (?:question|questions)(?: of (?<of>(?:the )?[^:]+?))?\\s*:?$");
    private static final Pattern INLINE = Pattern.compile("^(?i:question)(?:\\s+\\d+)?(?:\\s+(?:from|by)\\s+"
            + "(?<who>[^:]+))?\\s*[:–-]\\s*(?<text>.+)$");
    private static final Pattern ANSWER = Pattern.compile("^(?:At the invitation of the [A-Z][a-z]+, )?(?<who>"
            + Names.NAME + "|(?:The |the )?[A-Z][^:.]{2,120}?) (?:replied|responded|answered|gave the following "
            + "(?:reply|response|answer))(?: as follows)?\\s*[:.]?\\s*(?<text>.*)$");
    private static final Pattern SUPPLEMENTARY_HEADING = Pattern.compile("^(?i:supplementary question)s?\\s*:?$");
    private static final Pattern SUPPLEMENTARY = Pattern.compile("(?i)\\basked a supplementary question\\b");
    private static final Pattern WRITTEN_REPLY = Pattern.compile("(?i)\\bwritten (?:response|reply|answer)\\b.*\\b"
            + "(?:would|will) be (?:sent|provided|given|circulated)");
    private static final Pattern PROMISED_BY = Pattern.compile("(?:^|, )(?<who>(?:the |The )[A-Z][^,.]+?) (?:stated|"
            + "said|undertook|agreed|confirmed|advised|indicated) that");
    private static final Pattern STANDING_ORDER = Pattern.compile("\\b(?:under|in accordance with) (?<so>(?:Council )?"
            + "(?:Standing Order|Procedure Rule|Rule) [\\d().]+\\d\\)?)");
    /** "Question: …" with no name: "The Chair took questions submitted by the public" — one of them, unnamed. */
    private static final Person PUBLIC_QUESTIONER = new Person(null, null, "a member of the public");
    private static final Pattern DISCRETION = Pattern.compile("(?i)\\bdiscretion\\b");

    private QuestionReading() {
    }

    static void read(ItemReading item) {
        List<Draft> questions = new ArrayList<>();
        Draft current = null;
        String standingOrder = null;
        boolean discretion = false;
        boolean inSupplementary = false;
        for (int p = 0; p < item.paragraphs.size(); p++) {
            String text = item.text(p);
            Matcher asked = ASKED.matcher(text);
            Matcher inline = INLINE.matcher(text);
            Matcher answer = ANSWER.matcher(text);
            if (asked.matches()) {
                current = new Draft(item.line(p), Offices.person(asked.group("who")), asked.group("of"));
                current.awaitingText = true;
                questions.add(current);
                inSupplementary = false;
            } else if (inline.matches()) {
                String who = inline.group("who");
                current = new Draft(item.line(p), who == null ? PUBLIC_QUESTIONER : Offices.person(who), null);
                current.text = inline.group("text");
                questions.add(current);
                inSupplementary = false;
            } else if (current != null && current.awaitingText) {
                current.text = text;
                current.awaitingText = false;
            } else if (current != null && SUPPLEMENTARY_HEADING.matcher(text).matches()) {
                inSupplementary = true;
            } else if (current != null && SUPPLEMENTARY.matcher(text).find()) {
                current.supplementary = text;
                inSupplementary = true;
            } else if (current != null && answer.matches()) {
                current.answering = inSupplementary ? Answering.SUPPLEMENTARY : Answering.QUESTION;
                current.answerBy(Offices.person(answer.group("who")), answer.group("text"));
            } else if (current != null && WRITTEN_REPLY.matcher(text).find()) {
                Matcher by = PROMISED_BY.matcher(text);
                if (by.find()) {
                    current.promisedBy = Offices.person(by.group("who"));
                } else {
                    item.meeting.warn(item.line(p), "A written reply is promised, but the page does not say by whom");
                }
                current.promiseToSupplementary = inSupplementary || text.toLowerCase(java.util.Locale.ROOT).contains("supplementary");
                current.answering = null;
            } else if (current != null && current.answering != null) {
                current.continueAnswer(text);
            } else {
                Matcher so = STANDING_ORDER.matcher(text);
                if (so.find() && text.toLowerCase(java.util.Locale.ROOT).contains("question")) {
                    standingOrder = so.group("so");
                }
                discretion |= DISCRETION.matcher(text).find();
                continue;
            }
            item.recognised.add(p);
        }
        for (Draft q : questions) {
            if (q.text == null) {
                item.meeting.warn(q.line, "A question whose words the reading could not find");
                continue;
            }
            QuestionKind kind = StandingItemsReading.kindOf(item.subject());
            item.facts.add(new ItemFact.Question(q.line, kind, q.askedBy, q.askedOf, q.text, standingOrder,
                    discretion, q.answer, q.supplementary, q.supplementaryAnswer, q.promisedBy,
                    q.promiseToSupplementary));
        }
    }


    private enum Answering { QUESTION, SUPPLEMENTARY }

    private static final class Draft {
        final int line;
        final Person askedBy;
        final String askedOf;
        String text;
        boolean awaitingText;
        ItemFact.Reply answer;
        String supplementary;
        ItemFact.Reply supplementaryAnswer;
        Person promisedBy;
        boolean promiseToSupplementary;
        Answering answering;

        Draft(int line, Person askedBy, String askedOf) {
            this.line = line;
            this.askedBy = askedBy;
            this.askedOf = askedOf;
        }

        void answerBy(Person by, String words) {
            ItemFact.Reply reply = new ItemFact.Reply(by, words == null || words.isBlank() ? null : words);
            if (answering == Answering.SUPPLEMENTARY) {
                supplementaryAnswer = reply;
            } else {
                answer = reply;
            }
        }

        void continueAnswer(String words) {
            ItemFact.Reply reply = answering == Answering.SUPPLEMENTARY ? supplementaryAnswer : answer;
            String text = reply.text() == null ? words : reply.text() + "\n\n" + words;
            answerBy(reply.by(), text);
        }
    }
}
