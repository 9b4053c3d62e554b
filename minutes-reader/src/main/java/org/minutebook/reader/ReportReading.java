package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.events.business.ReportForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How business came before the meeting — a report, a briefing note, a presentation, a verbal update — and who
 * submitted or presented it; and the item's outcome when it is only that: noted, deferred, withdrawn.
 */
final class ReportReading {

    /** Whole words only (possessive): a run of capitals read letter by letter would take exponential time. */
    private static final String WHO = "(?<who>(?:The |the )?(?:(?:[A-Z][\\w’'&-]*+|(?:of|and|for|the|in|on)\\b)"
            + "[ ,]*|\\([^)]*\\)\\s*){1,16}?)";
    private static final Pattern CONSIDERED = Pattern.compile("^(?:The )?(?:Committee|Commission|Board|Panel|"
            + "Sub-Committee|Cabinet|Members|Council|Forum|Group)\\s+(?:considered|received|noted|was presented with)"
            + "\\s+(?:a|an|the)\\s+(?:joint\\s+)?(?<form>report|briefing note|presentation|verbal update|update|"
            + "paper)(?:\\s+(?:of|from|by)\\s+" + WHO + ")?(?=\\s+(?:which|that|setting|on|providing|outlining|"
            + "detailing|regarding|about|in)\\b|[,.]|$)");
    private static final Pattern SUBMITTED = Pattern.compile("^" + WHO + "\\s+(?:submitted|presented|introduced|"
            + "gave|delivered|made|provided)\\s+(?:a|an|the)\\s+(?:(?:short|brief|detailed)\\s+)?(?<form>verbal "
            + "update|update|report|briefing note|presentation|overview)\\b");
    /**
     * "… provided an update on minute 94/15": news of what an earlier minute decided, a matter arising, not a report
     * that came before this meeting.
     */
    private static final Pattern ON_AN_EARLIER_MINUTE = Pattern.compile("(?i)\\s+(?:on|regarding|about)\\s+(?:the\\s+)?"
            + "(?:minutes?|min\\.|matters? arising|previous (?:meeting|minutes))\\b");
    private static final Pattern SUBMITS = Pattern.compile("^" + WHO + "\\s+submits\\s+(?:a|the)\\s+(?:following\\s+)?"
            + "(?:\\w+\\s+)?(?:report|reports|briefing note)|^(?:Report|Briefing Note) of (?<of>the .+?)\\.?$");
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\breport marked\\s+[‘'\"“]?(?<ref>[^’'\"”]+)[’'\"”]");
    private static final Pattern NOTED = Pattern.compile("^(?:The|This) [\\w ’'-]{1,60}? (?:was|were) (?:duly )?"
            + "noted\\.?$");
    /** "The Board noted the 2018-19 Work Programme …": the outcome; "The Board noted that …" is a point made. */
    private static final Pattern BODY_NOTED = Pattern.compile("^The (?:Committee|Commission|Board|Panel|"
            + "Sub-Committee|Forum) (?:duly )?noted the (?!following\\b)[^.]+");
    /** "Members received and noted the minutes.", "… were received for information.", "NOTED". */
    private static final Pattern RECEIVED_NOTED = Pattern.compile("(?i)\\breceived and noted\\b|\\bnoted and received\\b"
            + "|\\b(?:was|were) received for information\\b|^NOTED\\.?$");
    private static final Pattern DEFERRED = Pattern.compile("(?i)\\b(?:this |the )?item (?:was|had been|is) "
            + "(?<how>deferred|postponed|withdrawn)(?<reason>[^.]*)");

    private ReportReading() {
    }

    static void read(ItemReading item) {
        for (int p = 0; p < item.paragraphs.size(); p++) {
            String text = item.text(p);
            int line = item.line(p);
            if (!item.has(ItemFact.Report.class)) {
                report(item, p, text);
            }
            for (String sentence : Sentences.of(text)) {
                if (NOTED.matcher(sentence).matches() || BODY_NOTED.matcher(sentence).find()
                        || RECEIVED_NOTED.matcher(sentence).find()) {
                    item.fact(p, new ItemFact.Noted(line, sentence));
                }
                Matcher set = DEFERRED.matcher(sentence);
                if (set.find()) {
                    String reason = reason(set.group("reason"));
                    item.fact(p, set.group("how").equalsIgnoreCase("withdrawn") ? new ItemFact.Withdrawn(line, reason)
                            : new ItemFact.Deferred(line, reason));
                }
            }
        }
    }

    private static void report(ItemReading item, int p, String text) {
        Matcher considered = CONSIDERED.matcher(text);
        Matcher submitted = SUBMITTED.matcher(text);
        String reference = reference(text);
        if (considered.find()) {
            String who = considered.group("who");
            item.fact(p, new ItemFact.Report(item.line(p), form(considered.group("form")),
                    who == null ? submitterInAgenda(item) : capitalised(who.strip()), List.of(), reference));
        } else if (submitted.find() && !ON_AN_EARLIER_MINUTE.matcher(text).region(submitted.end(), text.length())
                .lookingAt()) {
            String who = submitted.group("who").strip();
            ReportForm form = form(submitted.group("form"));
            boolean submits = text.substring(submitted.start("who") + submitted.group("who").length()).strip()
                    .startsWith("submitted");
            item.fact(p, submits ? new ItemFact.Report(item.line(p), form, who, List.of(), reference)
                    : new ItemFact.Report(item.line(p), form, submitterInAgenda(item), presenters(who), reference));
        }
    }

    /** "Report of the Deputy Chief Executive (People)", "The Director … submits a report": the agenda's author. */
    private static String submitterInAgenda(ItemReading item) {
        for (Paragraph paragraph : item.item.agenda) {
            Matcher m = SUBMITS.matcher(paragraph.text());
            if (m.find()) {
                return capitalised((m.group("who") != null ? m.group("who") : m.group("of")).strip());
            }
        }
        return null;
    }

    private static List<Person> presenters(String who) {
        List<Person> people = new ArrayList<>();
        for (String one : who.split(" and (?=the |The )")) {
            people.add(Offices.person(one.replaceAll("[ ,]+$", "")));
        }
        return people;
    }

    private static String capitalised(String who) {
        return who.startsWith("the ") ? "The " + who.substring(4) : who;
    }

    private static String reference(String text) {
        Matcher m = REFERENCE.matcher(text);
        return m.find() ? m.group("ref") : null;
    }

    private static ReportForm form(String form) {
        String f = form.toLowerCase(Locale.ROOT);
        if (f.contains("briefing")) {
            return ReportForm.BRIEFING_NOTE;
        }
        if (f.contains("presentation")) {
            return ReportForm.PRESENTATION;
        }
        if (f.contains("update")) {
            return ReportForm.VERBAL_UPDATE;
        }
        return ReportForm.REPORT;
    }

    /** "deferred to the next meeting", "deferred as the report was not ready": the words after, else none. */
    private static String reason(String rest) {
        String r = rest.strip().replaceAll("^[,;:–-]\\s*", "");
        return r.isEmpty() ? null : r;
    }
}
