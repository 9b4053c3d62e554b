package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Elections and appointments minuted in prose: "Mr Evan Morris was elected as Chair of the Panel for the 2024/25
 * Municipal Year", "The outgoing Cathaoirleach declared Councillor Nick Killian elected Cathaoirleach", and the
 * nominations before them ("Councillor Nick Killian was proposed by Councillor Leonard and seconded by Councillor
 * Fitzgerald", "Cllr J Brennan proposed Cllr MH Cavanagh as Cathaoirleach & Cllr P Millea seconded this
 * proposition"). An election RESOLVED in so many words is a decision, read as one.
 */
final class ElectionReading {

    private static final String WHO = "(?:" + Movers.WHO + "|Miss(?:\\s+[A-Z][\\w’'-]*){1,3})";
    /**
     * "Cllr. Joe Sullivan, on receiving the vote of the majority, was declared elected as Cathaoirleach": elected, the
     * words between commas aside.
     */
    private static final Pattern ELECTED = Pattern.compile("(?<who>" + WHO + ")(?:,[^,.]{1,80},)?\\s+(?:was|were|is)\\s+"
            + "(?:(?:declared|deemed)\\s+)?(?:duly\\s+|"
            + "unanimously\\s+)?(?:re-?)?(?:elected|appointed)\\s+(?:as\\s+)?(?<office>(?:the\\s+)?[A-Z][^.]*?)\\.?$");
    /**
     * "Cllr P Archer was nominated by Cllr Grundy, seconded by Cllr Aldridge, and duly elected Chair": the nominee
     * elected after the nomination, in one sentence.
     */
    private static final Pattern NOMINATED_AND_ELECTED = Pattern.compile("(?<who>" + WHO + ")\\s+was\\s+(?:proposed|"
            + "nominated)\\s+by\\s+[^.]+?,?\\s+and\\s+(?:was\\s+)?(?:duly\\s+|unanimously\\s+)?(?:re-?)?(?:elected|appointed)"
            + "\\s+(?:as\\s+)?(?<office>(?:the\\s+)?[A-Z][^.]*?)\\.?$");
    private static final Pattern DECLARED_ELECTED = Pattern.compile("\\b(?:declared|deemed)\\s+(?<who>" + WHO + ")\\s+(?:duly\\s+)?"
            + "elected\\s+(?:as\\s+)?(?<office>[A-Z][^.]*?)(?:\\s+as\\s+(?:he|she|they)\\b.*)?\\.?$");
    private static final Pattern PROPOSED_BY = Pattern.compile("(?<nominee>" + WHO + ")\\s+was\\s+(?:proposed|"
            + "nominated)\\s+by\\s+(?<mover>" + Movers.WHO + "),?\\s+(?:and\\s+)?seconded\\s+by\\s+(?<seconder>" + Movers.WHO
            + ")");
    private static final Pattern PROPOSED = Pattern.compile("(?<mover>" + Movers.WHO + ")\\s+proposed\\s+(?<nominee>"
            + WHO + ")\\s+as\\s+[^.&]+?\\s*(?:&|and)\\s+(?<seconder>" + Movers.WHO + ")\\s+seconded\\b");

    /**
     * "Mr G Rimell proposed Mr. Peter Corbett. This was seconded by Mr R Pedersen.", "Mrs M Paterson was proposed by
     * Mr R Pedersen. This was seconded by Mr A Henderson.": a nomination, then its seconder in the next sentence.
     */
    private static final Pattern PROPOSED_THEN_SECONDED = Pattern.compile("(?:(?<mover>" + Movers.WHO + ")\\s+proposed\\s+"
            + "(?<nominee>" + WHO + ")|(?<nominee2>" + WHO + ")\\s+was\\s+(?:proposed|nominated)\\s+by\\s+(?<mover2>"
            + Movers.WHO + "))(?:\\s+(?:as|for)\\s+[^.]{1,160}?)?\\.?\\s+(?:This|This nomination|The nomination|"
            + "(?:Cllr|Councillor|Cr)\\.?\\s+[\\p{L}’'-]+['’]s nomination) was seconded by\\s+(?<seconder>" + Movers.WHO + ")");

    private ElectionReading() {
    }

    static void read(ItemReading item) {
        for (int p = 0; p < item.paragraphs.size(); p++) {
            if (item.text(p).matches("(?s)^(?:It was )?(?:RESOLVED|AGREED|Resolved|That)\\b.*")) {
                continue;
            }
            for (Matcher then = PROPOSED_THEN_SECONDED.matcher(item.text(p)); then.find(); ) {
                boolean proposedWho = then.group("mover") != null;
                item.fact(p, new ItemFact.Nomination(item.line(p),
                        person(proposedWho ? then.group("nominee") : then.group("nominee2")),
                        person(proposedWho ? then.group("mover") : then.group("mover2")), person(then.group("seconder"))));
            }
            for (String sentence : Sentences.of(item.text(p))) {
                int line = item.line(p);
                Matcher elected = ELECTED.matcher(sentence);
                Matcher declared = DECLARED_ELECTED.matcher(sentence);
                Matcher afterNomination = NOMINATED_AND_ELECTED.matcher(sentence);
                Matcher m = elected.find() ? elected : declared.find() ? declared
                        : afterNomination.find() ? afterNomination : null;
                if (m != null) {
                    item.fact(p, new ItemFact.Election(line, new Person(null, m.group("who").strip(), null),
                            office(m.group("office")), Sentences.withoutStop(sentence)));
                }
                for (Pattern pattern : new Pattern[]{PROPOSED_BY, PROPOSED}) {
                    Matcher nominated = pattern.matcher(sentence);
                    while (nominated.find()) {
                        item.fact(p, new ItemFact.Nomination(line, person(nominated.group("nominee")),
                                person(nominated.group("mover")), person(nominated.group("seconder"))));
                    }
                }
            }
        }
    }

    /** "Convener to the Highland Licensing Board": the office is the Convener's; the body it serves is not its name. */
    private static String office(String written) {
        return written.strip().replaceFirst("\\s+to the [A-Z][\\w’' &-]*$", "");
    }

    /** The member as named, without the stop of the sentence the name ends ("… seconded by Mr R Pedersen."). */
    private static Person person(String who) {
        return new Person(null, who.strip().replaceFirst("(?<=\\p{Ll}{2})\\.$", ""), null);
    }
}
