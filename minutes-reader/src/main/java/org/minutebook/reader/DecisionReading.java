package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.Vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RESOLVED and AGREED, however a council writes them ("RESOLVED:", "RESOLVED –", "RESOLVED that the Board:",
 * "It was RESOLVED that …", "AGREED:"), and each part: lettered, numbered or bracketed ("a)", "(b)", "1)", "ii)"),
 * on lines of their own or run together; an unlabelled paragraph opening "That …" or "To …" is a part of its own,
 * anything else continues the part before. With the vote where the page counts it, the chair's casting vote,
 * mover and seconder; and a motion lost.
 */
final class DecisionReading {

    private static final Pattern OPENS = Pattern.compile("^(?:It was |it was )?(?:(?:unanimously|UNANIMOUSLY) )?"
            + "(?:(?<form>RESOLVED|AGREED)\\b|(?<spelt>Resolved|Agreed)(?=\\s*[:–—-]|,?\\s+that\\b|,\\s+(?:proposed|moved)\\b)"
            + "|(?:Decisions?|DECISIONS?)(?=\\s*[:–—]))"
            + "\\s*(?:,?\\s*(?:unanimously|by \\w+ votes?[^:–-]*)\\s*)?[:–—-]?,?\\s*(?<rest>.*)$");
    /**
     * "RESOLVED ON THE MOTION OF COUNCILLOR EVANS, seconded by COUNCILLOR MARTIN, THAT …", "Resolved, proposed Cllr
     * Klimowicz, seconded Cllr Jolly, that …": who moved, then the words.
     */
    private static final Pattern ON_THE_MOTION = Pattern.compile("(?i)^(?:on the motion of|(?:proposed|moved)(?: by)?)\\s+"
            + "(?<movers>.+?,?\\s+seconded(?: by)?\\s+.+?),?\\s+(?=that\\b)");
    /** "… for Albury. Unanimously agreed Zoey signed …": the words end at their verdict; the minute goes on after. */
    private static final Pattern VERDICT = Pattern.compile("(?<=[.!?])\\s+(?i:unanimously agreed|agreed unanimously|"
            + "carried(?: unanimously)?)\\b.*$");
    /**
     * "Agreed that a meeting … be arranged. Clerk to arrange a meeting during August …": the task set an officer after
     * the decision is no part of its words; nor is the number of the next minute a page stops at ("… Meeting. 6.4").
     */
    private static final Pattern ACTION_AFTER = Pattern.compile("(?s)(?<=[.!?])\\s+(?:The )?(?:Clerk|Chair(?:man)?|"
            + "Secretary|Treasurer|RFO)\\s+to\\s+\\p{Ll}.*$");
    private static final Pattern NEXT_NUMBER = Pattern.compile("(?<=[.!?])\\s+\\d+(?:\\.\\d+)+\\s*$");
    /** "RESOLVED (Cr Fenton/Cr Carter) That …": the mover, then the seconder, in brackets after the word. */
    private static final Pattern MOVER_SLASH_SECONDER = Pattern.compile("^\\((?<mover>" + Movers.WHO + ")\\s*/\\s*"
            + "(?<seconder>" + Movers.WHO + ")\\)\\s*");
    /** "(b) It was moved by Councillor Moira Gibson, seconded by …": the next motion, not a part of this decision. */
    private static final Pattern NEXT_MOTION = Pattern.compile("^(?:\\(?[a-z0-9]{1,3}[.)]\\s*)?It was (?:moved|proposed) by\\b");
    private static final Pattern LABEL = Pattern.compile("(?:^|(?<=[\\s.;]))(?<label>\\((?:[a-z]|[ivx]{1,5}|\\d{1,2})\\)"
            + "|(?:[a-z]|[ivx]{1,5}|\\d{1,2})\\)|[A-Z]\\.(?=\\s+That\\b))\\s+");
    private static final Pattern NEW_PART = Pattern.compile("^(?:That|To|Note|Agree|Approve|Endorse|Request|Recommend)"
            + "\\b");
    private static final Pattern PREAMBLE = Pattern.compile("^(?<preamble>that (?:the )?[A-Z][\\w ]{0,60}?|that)\\s*:$");
    private static final Pattern LOST = Pattern.compile("(?i)\\b(?:the )?(?:motion|amendment|recommendation|proposal)"
            + "(?: was| were)?(?: put(?: to (?:a|the) vote)? and)? (?:lost|defeated|not carried|fell)\\b");
    private static final Pattern CASTING = Pattern.compile("(?i)\\bon the (?:chair|chairman|chairwoman|chairperson)"
            + "(?:['’]s)? casting vote\\b");
    private static final Pattern MOVED = Pattern.compile("(?i:\\b(?:moved|proposed)\\s+by\\s+)(?<mover>" + Names.NAME
            + "|the [A-Z][\\w ]+?)(?:,|\\s+and)?\\s+(?i:seconded\\s+by\\s+)(?<seconder>" + Names.NAME
            + "|the [A-Z][\\w ]+?)(?=[,.;]|\\s|$)");

    /**
     * What heads a decision set out below it: "Resolution 2020/21", "Council resolution", "AND AGREED", or its
     * mover and seconder alone ("Moved: Mayor John Carter", "MOVED by Mayor Wanden, seconded Cr Allan:").
     */
    private static final Pattern HEADS = Pattern.compile("^(?:Council resolution|(?:Resolution|RESOLUTION)(?:\\s+(?:(?i:number|no\\.?)\\s+)?"
            + "[\\w/]+)?|AND AGREED|And agreed|and agreed)\\s*[|:]?$");
    private static final Pattern THAT = Pattern.compile("^[“\"‘']?(?:That|To)\\b");
    private static final Pattern ENDS = Pattern.compile("^(?i:carried|lost|carried unanimously|agreed)\\.?$");
    private static final Pattern PROPOSED_THAT = Pattern.compile("^It was (?:proposed|moved) by .+? and seconded by "
            + ".+? that (?<text>.+)$");
    /** "… that the Council notes the correspondence. The motion was put and carried.": the motion's words end before. */
    private static final Pattern PUT = Pattern.compile("(?<=[.!?])\\s+(?:The|This) (?:motion|proposal)\\b[^.]*?\\b"
            + "(?:put|carried|agreed)\\b.*$");
    /**
     * "the Committee resolved that …", "The Committee AGREED to approve the review", "Proposed by …, seconded by …, it
     * was resolved that …", a list's "- It was agreed to appoint Valerie Nimmo as Convener": a decision the sentence
     * states, not one its minute sets apart (an appointment so agreed is a decision, as one RESOLVED is). "It was
     * agreed" opening a paragraph is its decision; within one ("… his apology was not included. It was agreed that this
     * will be amended.") it is the discussion's.
     */
    private static final Pattern BODY_RESOLVED = Pattern.compile("(?:\\b(?:Council|[Tt]he (?:Committee|Council|Board|"
            + "Panel|Sub-Committee|Forum|Authority)|Members|Cabinet) (?:resolved|RESOLVED|AGREED)|,\\s*it was "
            + "(?:(?:unanimously|UNANIMOUSLY) )?(?:resolved|RESOLVED|AGREED)|^(?:[-•·]\\s+)?It was "
            + "(?:(?:unanimously|UNANIMOUSLY) )?(?:agreed|resolved))[:,]?\\s+(?:that (?:that )?(?<text>[^;.]+)|(?<to>to [^;.]+))");
    /**
     * "Resolution Moved Paul Eaton, seconded Councillor Douglas and resolved: That the Board: a) Receives …", as New
     * Zealand boards minute a decision in a table's row: the movers, then the words (the cell's bar is no part of them).
     */
    private static final Pattern MOVED_AND_RESOLVED = Pattern.compile("^(?:Resolution\\s+)?Moved\\s+[^:]+?,?\\s+seconded"
            + "\\s+[^:]+?\\s+and\\s+resolved\\s*:\\s*(?<text>(?:That|To)\\b.*?)\\s*\\|?$");
    /** How long a line telling a decision's vote may be: a sentence, not a paragraph of debate. */
    private static final int SHORT_VERDICT = 160;
    private static final Pattern VERDICT_OPENS = Pattern.compile("(?i)^(?:\\(|carried|lost|the (?:motion|vote|amendment|"
            + "proposal|recommendation)\\b|on (?:a|being put to the) vote|voting\\b)");
    private static final Pattern CASTING_USED = Pattern.compile("(?i)(?<who>the (?:chair(?:man|woman|person)?|mayor|"
            + "cathaoirleach))\\s+used (?:his|her|their) casting vote (?:to vote )?(?<how>for|against|in favour)");
    private static final Pattern PUT_AND_AGREED = Pattern.compile("(?i)\\b(?:was|were) put to (?:a|the) vote and "
            + "(?:agreed|carried)\\b");
    /**
     * "Proposed: Cllr Archer Seconded: Cllr Grundy RESOLVED that …", "It was proposed by …, seconded by … and RESOLVED
     * that …": who moved it, then the decision, in one paragraph.
     */
    private static final Pattern MOVERS_THEN_DECISION = Pattern.compile("^(?<movers>.+?)\\s*(?<decision>(?:(?:unanimously|"
            + "UNANIMOUSLY)\\s+)?(?:RESOLVED|AGREED)\\b.*)$");
    /**
     * "Cllr Archer proposed and Cllr Grundy seconded that the hall be repainted, and this was agreed.", "Cllr Archer
     * moved, Cllr Grundy seconded, that … . Carried.": a motion whose carrying the same paragraph states.
     */
    private static final Pattern MOVED_SECONDED_THAT = Pattern.compile("^(?<mover>" + Movers.WHO + ")\\s+(?:proposed|moved),?"
            + "\\s+(?:and\\s+)?(?<seconder>" + Movers.WHO + ")\\s+seconded,?\\s+(?<text>that\\s+[^.]+?)(?:,?\\s+and\\s+(?:this|it)"
            + "\\s+was\\s+(?:unanimously\\s+)?(?:agreed|carried|resolved)(?:\\s+unanimously)?\\.?|\\.\\s+(?:Carried|CARRIED|Agreed|"
            + "AGREED)(?:\\s+(?:unanimously|UNANIMOUSLY))?\\.?)$");
    /** A part lettered as a list letters it, opening as a motion does: "A. That Council agreed …". */
    private static final Pattern LETTERED_THAT = Pattern.compile("^(?:[A-Z]|\\d{1,2})[.)]\\s+(?=That\\b)");
    private static final Pattern WHO_PROPOSED_THAT = Pattern.compile("(?<who>" + Movers.WHO + ") proposed that "
            + "(?<text>[^.]+)");

    private DecisionReading() {
    }

    static void read(ItemReading item) {
        for (int p = 0; p < item.paragraphs.size(); p++) {
            String text = item.text(p);
            Matcher opens = OPENS.matcher(text);
            if (opens.matches()) {
                p = decision(item, p, opens);
            } else if (HEADS.matcher(text).matches() || Movers.onlyNames(text)) {
                int that = p + 1;
                while (that < item.paragraphs.size() && that <= p + 3 && !THAT.matcher(item.text(that)).find()
                        && (Movers.onlyNames(item.text(that)) || HEADS.matcher(item.text(that)).matches())) {
                    that++;
                }
                boolean recommended = p > 0 && item.text(p - 1).matches("(?i)^recommendations?:?$")
                        && item.paragraphs.subList(that, item.paragraphs.size()).stream()
                        .noneMatch(next -> ENDS.matcher(next.text()).matches());
                if (recommended) {
                    // a recommendation the page never says was carried is no decision
                    p = that;
                } else if (that < item.paragraphs.size() && THAT.matcher(item.text(that)).find()) {
                    Matcher set = OPENS.matcher("RESOLVED: " + item.text(that));
                    set.matches();
                    for (int q = p; q < that; q++) {
                        item.recognised.add(q);
                    }
                    p = decision(item, that, set);
                }
            } else if (PUT_AND_AGREED.matcher(text).find() && p + 1 < item.paragraphs.size()
                    && LETTERED_THAT.matcher(item.text(p + 1)).find()) {
                // "The report was put to a vote and agreed." then "A. That Council agreed …", "B. That …"
                Matcher set = OPENS.matcher("AGREED: " + item.text(p + 1));
                set.matches();
                item.recognised.add(p);
                p = decision(item, p + 1, set);
            } else if (PROPOSED_THAT.matcher(text).matches() && !resolvedLater(item, p) && !LOST.matcher(text).find()) {
                String moved = PROPOSED_THAT.matcher(text).replaceFirst("${text}");
                Matcher set = OPENS.matcher("RESOLVED: That " + PUT.matcher(moved).replaceFirst(""));
                set.matches();
                p = decision(item, p, set);
            } else if (movedThenDecided(text)) {
                Matcher split = MOVERS_THEN_DECISION.matcher(text);
                split.matches();
                Matcher set = OPENS.matcher(split.group("decision"));
                set.matches();
                p = decision(item, p, set, split.group("movers"));
            } else if (MOVED_SECONDED_THAT.matcher(text).matches()) {
                Matcher moved = MOVED_SECONDED_THAT.matcher(text);
                moved.matches();
                item.fact(p, new ItemFact.Decision(item.line(p), ResolutionForm.RESOLVED, true, null,
                        List.of(new ResolutionPart(null, moved.group("text"))), Movers.mover(text),
                        Movers.seconder(text), null));
            } else if (MOVED_AND_RESOLVED.matcher(text).matches()) {
                Matcher set = OPENS.matcher("RESOLVED: " + MOVED_AND_RESOLVED.matcher(text).replaceFirst("${text}"));
                set.matches();
                p = decision(item, p, set);
            } else if (LOST.matcher(text).find()) {
                lost(item, p);
            } else if (BODY_RESOLVED.matcher(text).find()) {
                Matcher resolved = BODY_RESOLVED.matcher(text);
                resolved.find();
                String words = resolved.group("text") != null ? "that " + resolved.group("text").strip()
                        : resolved.group("to").strip();
                if (confirmsMinutesOnly(item, p, List.<String[]>of(new String[] {null, words}))) {
                    // "Council resolved to approve the minutes of …": the confirmation, as "RESOLVED The minutes …
                    // be approved" is, and not a decision besides
                    movedTheConfirmation(item, text);
                    continue;
                }
                item.fact(p, new ItemFact.Decision(item.line(p), ResolutionForm.RESOLVED, true, null,
                        List.of(new ResolutionPart(null, words)), Movers.mover(text), Movers.seconder(text), null));
            }
        }
        castingVoteOnAProposal(item);
    }

    private static boolean movedThenDecided(String text) {
        Matcher split = MOVERS_THEN_DECISION.matcher(text);
        return split.matches() && Movers.onlyMove(split.group("movers")) && OPENS.matcher(split.group("decision")).matches();
    }

    /** A motion moved and seconded is the decision RESOLVED after it, when the minute goes on to one. */
    private static boolean resolvedLater(ItemReading item, int p) {
        for (int q = p + 1; q < item.paragraphs.size(); q++) {
            if (OPENS.matcher(item.text(q)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Councillor P.G. Heesom proposed that … The proposal was duly seconded by … the Chairman used his casting
     * vote to vote against …": the proposal, lost (or carried) on the casting vote.
     */
    private static void castingVoteOnAProposal(ItemReading item) {
        for (int p = 0; p < item.paragraphs.size(); p++) {
            Matcher casting = CASTING_USED.matcher(item.text(p));
            if (!casting.find()) {
                continue;
            }
            for (int q = p; q >= Math.max(0, p - 2); q--) {
                Matcher proposed = WHO_PROPOSED_THAT.matcher(item.text(q));
                String around = item.text(q) + " " + item.text(p);
                if (proposed.find() && Movers.seconder(around) != null) {
                    boolean carried = !casting.group("how").equalsIgnoreCase("against");
                    item.fact(p, new ItemFact.Decision(item.line(q), ResolutionForm.RESOLVED, carried, null,
                            List.of(new ResolutionPart(null, "that " + proposed.group("text").strip())),
                            new Person(null, proposed.group("who").strip(), null), Movers.seconder(around),
                            new Vote(null, null, null, List.of(), new MemberVote(new Person(null, null,
                                    casting.group("who")), carried ? Ballot.FOR : Ballot.AGAINST))));
                    item.recognised.add(q);
                    break;
                }
            }
        }
    }

    /** Reads the decision opening at paragraph {@code at}; answers the last paragraph it takes. */
    private static int decision(ItemReading item, int at, Matcher opens) {
        return decision(item, at, opens, "");
    }

    /** … with {@code movedBefore}, the words naming its movers that open its own paragraph. */
    private static int decision(ItemReading item, int at, Matcher opens, String movedBefore) {
        // "Decision:" records what was resolved, as "RESOLVED" does
        String word = opens.group("form") != null ? opens.group("form")
                : opens.group("spelt") != null ? opens.group("spelt") : "RESOLVED";
        ResolutionForm form = word.toUpperCase(Locale.ROOT).equals("AGREED")
                ? ResolutionForm.AGREED : ResolutionForm.RESOLVED;
        String rest = ACTION_AFTER.matcher(VERDICT.matcher(opens.group("rest").strip()).replaceFirst(""))
                .replaceFirst("");
        if (rest.matches("(?is)^(?:and )?noted\\b.*")) {
            // "RESOLVED and noted. The Council thanked …": what was reported was noted, no words were resolved
            if (!item.has(ItemFact.Noted.class)) {
                item.fact(at, new ItemFact.Noted(item.line(at), "noted"));
            }
            return at;
        }
        Matcher said = OPENS.matcher(rest);
        if (!rest.isEmpty() && said.matches()) {
            // "Decision: It was resolved to: …", "Decision: RESOLVED that …": one decision, labelled twice
            rest = said.group("rest").strip();
        }
        Matcher onTheMotion = ON_THE_MOTION.matcher(rest);
        String motionOf = "";
        if (onTheMotion.lookingAt()) {
            motionOf = " on the motion of " + onTheMotion.group("movers");
            rest = rest.substring(onTheMotion.end());
        } else if (MOVER_SLASH_SECONDER.matcher(rest).lookingAt()) {
            Matcher pair = MOVER_SLASH_SECONDER.matcher(rest);
            pair.lookingAt();
            motionOf = " moved by " + pair.group("mover") + " seconded by " + pair.group("seconder");
            rest = rest.substring(pair.end());
        } else if (rest.matches("(?i)^on(?:\\s+the(?:\\s+motion(?:\\s+of\\b.*)?)?)?$")) {
            // "RESOLVED ON THE" where the page stops: who moved what, never the words resolved
            rest = "";
        }
        String preamble = null;
        List<String[]> parts = new ArrayList<>();
        Matcher pre = PREAMBLE.matcher(rest);
        if (pre.matches()) {
            preamble = rest;
        } else if (!rest.isEmpty()) {
            addParts(parts, rest);
        }
        int last = at;
        motionOf = movedBefore.isEmpty() ? motionOf : " " + movedBefore + motionOf;
        StringBuilder movers = new StringBuilder(motionOf);
        for (int p = at + 1; p < item.paragraphs.size(); p++) {
            String text = item.text(p);
            if (OPENS.matcher(text).matches() || HEADS.matcher(text).matches() || NEXT_MOTION.matcher(text).find()) {
                break;
            }
            if (Movers.onlyNames(text) || ENDS.matcher(text).matches() || Tally.alone(text) || castingVerdict(text)) {
                movers.append(' ').append(text);
                last = p;
                continue;
            }
            if (movers.length() > motionOf.length() || goesOn(parts, text)) {
                // after its mover, seconder or "Carried", or a sentence of its own after a part ended, the minute
                // goes on
                break;
            }
            addParts(parts, text);
            last = p;
        }
        for (int p = at; p <= last; p++) {
            item.recognised.add(p);
        }
        if (parts.isEmpty()) {
            item.meeting.warn(item.line(at), "A decision (" + form + ") with no words after it");
            return last;
        }
        if (confirmsMinutesOnly(item, at, parts)) {
            movedTheConfirmation(item, motionBefore(item, at, movers.toString()));
            return last;
        }
        List<ResolutionPart> resolved = parts.stream()
                .map(part -> new ResolutionPart(parts.size() == 1 && part[0] == null ? null : part[0],
                        NEXT_NUMBER.matcher(part[1]).replaceFirst("")))
                .toList();
        String around = item.text(Math.max(0, at - 1)) + " " + item.text(at);
        // the motion moved nearest before the decision is the one it carries: "It was moved by A … the motion was
        // lost. It was then moved by B and seconded by C …" then "RESOLVED" is B's and C's
        String named = motionBefore(item, at, movers.toString());
        Person mover = Movers.lastMover(named);
        Person seconder = Movers.lastSeconder(named);
        item.facts.add(new ItemFact.Decision(item.line(at), form, true, preamble, resolved, mover, seconder,
                vote(around + " " + movers, true)));
        FollowUpReading.fromDecision(item, at, preamble, resolved);
        return last;
    }

    /** "Carried on the Chairman's casting vote.", "The vote was tied 7:7 and the Chair used her casting vote in favour." */
    private static boolean castingVerdict(String text) {
        return text.length() <= SHORT_VERDICT && VERDICT_OPENS.matcher(text).lookingAt()
                && (CASTING.matcher(text).find() || CASTING_USED.matcher(text).find());
    }

    /** A confirmation of minutes resolved as a motion is moved by whom the decision names, where it names no one. */
    private static void movedTheConfirmation(ItemReading item, String named) {
        Person mover = Movers.lastMover(named);
        Person seconder = Movers.lastSeconder(named);
        for (int f = 0; f < item.facts.size() && mover != null; f++) {
            if (item.facts.get(f) instanceof ItemFact.MinutesConfirmed c && c.movedBy() == null) {
                item.facts.set(f, new ItemFact.MinutesConfirmed(c.line(), c.meetingDate(), c.takenAsRead(), c.signed(),
                        c.correctionsNoted(), mover, seconder));
            }
        }
    }

    /**
     * The words naming who moved the decision at {@code at}: its own paragraph and the names after it, else with the
     * paragraphs before it, nearest first, up to three back, down to the first that names a mover.
     */
    private static String motionBefore(ItemReading item, int at, String after) {
        String text = item.text(at) + " " + after;
        for (int q = at - 1; q >= Math.max(0, at - 3) && Movers.lastMover(text) == null; q--) {
            text = item.text(q) + " " + text;
        }
        return text;
    }

    /**
     * "AGREED: That the minutes … be confirmed as a correct record": the confirmation, already read as such; and
     * "RESOLVED – That it be noted that no declarations of interests were raised", which records that nothing was.
     */
    private static boolean confirmsMinutesOnly(ItemReading item, int at, List<String[]> parts) {
        String only = parts.size() == 1 ? parts.get(0)[1].toLowerCase(Locale.ROOT) : "";
        return only.contains("minutes") && item.facts.stream().anyMatch(f -> f instanceof ItemFact.MinutesConfirmed c
                && (c.line() == item.line(at) || only.matches(".*\\b(?:confirm|correct record|true record|true and "
                + "correct).*")))
                || only.matches("^that it be noted that (?:there (?:are|were) )?no .*");
    }

    /**
     * "Resolved that Standing Orders be suspended … Chamber." then "In response, to a query by Councillor McCann, …":
     * a paragraph of its own, unlabelled and opening no part, after a part that ended its sentence is the minute
     * going on, not more of the decision.
     */
    private static boolean goesOn(List<String[]> parts, String text) {
        if (parts.isEmpty() || text.isEmpty()) {
            return false;
        }
        String before = parts.get(parts.size() - 1)[1].strip();
        // a decision worded as a motion ("that …", "to …"); one minuted as a narrative ("It was noted that the next
        // meeting … Future meetings …") goes on over its paragraphs
        boolean motion = parts.get(0)[1].strip().matches("(?i)^[“\"‘']?(?:that|to)\\b.*");
        return motion && before.endsWith(".") && Character.isUpperCase(text.charAt(0)) && !THAT.matcher(text).find()
                && !NEW_PART.matcher(text).find() && !LABEL.matcher(text).lookingAt()
                && !text.matches("^(?:[A-Z]|[ivx]{1,5}|\\d{1,2})[.)]\\s.*");
    }

    /** Adds the parts of one paragraph: split at labels; unlabelled text continues the part before, or opens one. */
    private static void addParts(List<String[]> parts, String text) {
        Matcher label = LABEL.matcher(text);
        List<int[]> labels = new ArrayList<>();
        while (label.find()) {
            labels.add(new int[]{label.start("label"), label.end("label"), label.end()});
        }
        if (labels.isEmpty() || labels.get(0)[0] > 0) {
            String head = labels.isEmpty() ? text : text.substring(0, labels.get(0)[0]);
            head = head.strip().replaceAll("^[“\"‘]|[”\"’]$", "");
            if (!head.isEmpty()) {
                if (parts.isEmpty() || NEW_PART.matcher(head).find()) {
                    parts.add(new String[]{null, head});
                } else {
                    String[] previous = parts.get(parts.size() - 1);
                    previous[1] = previous[1] + " " + head;
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            String words = text.substring(labels.get(i)[2], end).strip().replaceAll("^[“\"‘]|[”\"’]$", "");
            parts.add(new String[]{text.substring(labels.get(i)[0], labels.get(i)[1]), words});
        }
    }

    private static void lost(ItemReading item, int p) {
        String text = item.text(p);
        // its tally printed apart, before or after: "The motion was lost. For: 26 Against: 32 Abstention: 0"
        String counted = text;
        for (int q : new int[]{p - 1, p + 1}) {
            if (q >= 0 && q < item.paragraphs.size() && Tally.alone(item.text(q))) {
                counted = counted + " " + item.text(q);
                item.recognised.add(q);
            }
        }
        Vote vote = vote(counted, false);
        item.fact(p, new ItemFact.Decision(item.line(p), ResolutionForm.RESOLVED, false, null,
                List.of(new ResolutionPart(null, text)), mover(text), seconder(text), vote));
    }

    private static Person mover(String text) {
        Matcher m = MOVED.matcher(text);
        return m.find() ? Offices.person(m.group("mover")) : null;
    }

    private static Person seconder(String text) {
        Matcher m = MOVED.matcher(text);
        return m.find() ? Offices.person(m.group("seconder")) : null;
    }

    private static Vote vote(String text, boolean carried) {
        Tally tally = Tally.in(text);
        boolean casting = CASTING.matcher(text).find() || CASTING_USED.matcher(text).find();
        if (tally == null && !casting) {
            return null;
        }
        // the casting vote decides: for a motion carried, against one lost
        MemberVote castingVote = casting ? new MemberVote(new Person(null, null, "the Chair"),
                carried ? Ballot.FOR : Ballot.AGAINST) : null;
        if (tally == null) {
            return new Vote(null, null, null, List.of(), castingVote);
        }
        return new Vote(tally.votesFor(), tally.against(), tally.abstentions(), List.of(), castingVote);
    }

    /** Numbers as minutes write them in words. */
    static final class Numbers {
        static final String WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none|no";
        private static final Map<String, Integer> VALUES = Map.ofEntries(Map.entry("none", 0), Map.entry("no", 0),
                Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
                Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
                Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

        private Numbers() {
        }

        static Integer of(String number) {
            String n = number.toLowerCase(Locale.ROOT);
            return VALUES.containsKey(n) ? VALUES.get(n) : Integer.valueOf(n);
        }
    }
}
