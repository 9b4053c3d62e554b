package org.minutebook.reader;

import org.minutebook.events.business.FutureMeetingDate;
import org.minutebook.events.resolutions.ResolutionPart;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a meeting asks for next: further reports ("That an overview of the Adoption Service be presented to a
 * future meeting of the Committee"), referrals ("agreed to refer to Scrutiny Board 4, the consideration of …",
 * "That the Cabinet be advised of the comments made"), actions ("That a letter be sent …"), and the dates of
 * future meetings.
 */
final class FollowUpReading {

    private static final String BODY = "(?:a future meeting of |the next meeting of |a meeting of )?(?<body>the "
            + "[A-Z][\\w’'&-]*(?: [A-Z(][\\w’'&()-]*| of| and| for)*|Scrutiny|Cabinet|Council|[A-Z][\\w’']* "
            + "(?:Committee|Commission|Board|Panel|Cabinet|Council)(?: \\d+)?)";
    private static final Pattern REPORT_TO = Pattern.compile("^(?:That |that )?(?<subject>.+?) be (?:presented|"
            + "submitted|brought|provided|reported|considered|circulated)(?: back)?(?: to| at| before)(?: a future "
            + "meeting of)? " + BODY + "(?:.*?\\b(?:on|in) (?<date>\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \\d{4}))?");
    private static final Pattern RECEIVE = Pattern.compile("(?i)^(?:agreed |agree )?to receive (?<subject>(?:a|an|the)"
            + " [^.]*?(?:report|update|briefing)[^.]*?)\\.?$");
    private static final Pattern ADVISED = Pattern.compile("^That " + BODY + " be (?:advised|informed|made aware|"
            + "notified) of (?<subject>.+?)\\.?$");
    private static final Pattern REFERRED = Pattern.compile("^(?:That |(?:Note .*? and )?agree that )?(?<subject>.+?)"
            + " be (?:referred|forwarded|recommended) to " + BODY + "|^(?:That |(?:Note .*? and )?agree that )?"
            + "(?<reviewed>.+?) be (?:reviewed|monitored|considered) (?:through|by) " + BODY.replace("<body>",
            "<reviewer>"));
    private static final Pattern ASKED_TO_CONSIDER = Pattern.compile("^That " + BODY + " be (?:requested|asked|"
            + "invited) to (?:consider|note|take into account|respond to) (?<subject>.+?)\\.?$");
    private static final Pattern TAKE_PLACE_AT = Pattern.compile("^That (?:a |the )?(?:further )?(?:discussion|"
            + "review|consideration)\\b.*? take place at " + BODY + " (?:around|on|about|regarding|of) (?<subject>.+?)"
            + "\\.?$");
    private static final Pattern REFER_TO = Pattern.compile("\\b(?:agreed|decided|resolved) to refer to (?<body>[^,]+?),"
            + "? (?<subject>the [^.]+)");
    private static final Pattern ACTION = Pattern.compile("^That (?:a |an )?(?:letter|email|e-mail|note|message|"
            + "invitation|request)\\b.*? be (?:sent|written|issued|circulated|extended|made)\\b");
    private static final Pattern REQUESTED_INFORMATION = Pattern.compile("\\b" + BODY + " requested (?:further "
            + "information|a (?:further )?report|an update|information) on (?:the following)?");
    private static final Pattern WOULD_BE_SUBMITTED = Pattern.compile("\\b(?:regular |further )?(?:reports?|updates?) "
            + "on (?<subject>[^.]+?) would be (?:submitted|presented|brought|provided) to " + BODY);
    private static final Pattern BEFORE_A_MEETING = Pattern.compile("(?i)\\b(?:prior to|before|ahead of|after|"
            + "following|since|until)\\s+(?:the\\s+|a\\s+)?$");
    private static final Pattern FUTURE_MEETINGS = Pattern.compile("(?i)\\b(?:next|future|forthcoming) meetings?\\b|"
            + "\\bdates? of (?:the )?(?:next|future) meetings?\\b");

    private FollowUpReading() {
    }

    static void fromDecision(ItemReading item, int at, String preamble, List<ResolutionPart> parts) {
        int line = item.line(at);
        for (ResolutionPart part : parts) {
            String text = part.text().strip();
            Matcher report = REPORT_TO.matcher(text);
            Matcher receive = RECEIVE.matcher(text);
            Matcher advised = ADVISED.matcher(text);
            Matcher referred = REFERRED.matcher(text);
            Matcher takePlace = TAKE_PLACE_AT.matcher(text);
            Matcher askedToConsider = ASKED_TO_CONSIDER.matcher(text);
            if (ACTION.matcher(text).find()) {
                item.facts.add(new ItemFact.Action(line, Sentences.withoutStop(text), true));
            } else if (advised.find()) {
                item.facts.add(new ItemFact.Referral(line, advised.group("body"), advised.group("subject"), true));
            } else if (referred.find()) {
                item.facts.add(referred.group("subject") != null
                        ? new ItemFact.Referral(line, referred.group("body"), referred.group("subject"), true)
                        : new ItemFact.Referral(line, referred.group("reviewer"), referred.group("reviewed"), true));
            } else if (askedToConsider.find()) {
                item.facts.add(new ItemFact.Referral(line, askedToConsider.group("body"),
                        Sentences.withoutStop(askedToConsider.group("subject")), true));
            } else if (takePlace.find()) {
                item.facts.add(new ItemFact.Referral(line, takePlace.group("body"), takePlace.group("subject"), true));
            } else if (report.find()) {
                item.facts.add(new ItemFact.FurtherReport(line, subject(report, text), report.group("body"),
                        date(report.group("date")), true));
            } else if (receive.find()) {
                item.facts.add(new ItemFact.FurtherReport(line, receive.group("subject"), thisBody(item, preamble),
                        null, true));
            }
        }
    }

    /** Requests and referrals made in the discussion, outside any decision. */
    static void fromDiscussion(ItemReading item) {
        boolean decided = item.has(ItemFact.Decision.class);
        for (int p = 0; p < item.paragraphs.size(); p++) {
            String text = item.text(p);
            Matcher refer = REFER_TO.matcher(text);
            if (refer.find()) {
                item.fact(p, new ItemFact.Referral(item.line(p), refer.group("body"),
                        Sentences.withoutStop(refer.group("subject")), false));
            }
            Matcher requested = REQUESTED_INFORMATION.matcher(text);
            if (requested.find() && text.endsWith(":")) {
                List<String> asked = bulletsAfter(item, p);
                if (!asked.isEmpty()) {
                    item.fact(p, new ItemFact.FurtherReport(item.line(p), String.join("; ", asked),
                            requested.group("body"), null, false));
                }
            }
            Matcher submitted = WOULD_BE_SUBMITTED.matcher(text);
            if (!decided && submitted.find()) {
                item.fact(p, new ItemFact.FurtherReport(item.line(p), submitted.group("subject"),
                        submitted.group("body"), null, false));
            }
        }
    }

    /** "Future meetings … would be held at 2.00pm on the following dates: …": each date, at the time its sentence states. */
    static void futureMeetingDates(ItemReading item) {
        int from = -1;
        for (int p = 0; p < item.paragraphs.size() && from < 0; p++) {
            if (FUTURE_MEETINGS.matcher(item.text(p)).find()) {
                from = p;
            }
        }
        List<String> texts = new ArrayList<>();
        int line;
        if (from >= 0) {
            line = item.line(from);
            item.paragraphs.subList(from, item.paragraphs.size()).forEach(paragraph -> texts.add(paragraph.text()));
        } else if (FUTURE_MEETINGS.matcher(item.titleLower()).find() && item.item.agendaText() != null) {
            line = item.item.line;
            texts.add(item.item.agendaText());
        } else {
            return;
        }
        boolean titledSo = FUTURE_MEETINGS.matcher(item.titleLower()).find();
        TreeMap<LocalDate, FutureMeetingDate> dates = new TreeMap<>();
        for (String sentence : Sentences.of(String.join(" ", texts))) {
            // under another title, a day is a meeting's only after the words that say so, never an event's "due to
            // take place on 7 June 2019, prior to the next meeting of Council"
            int after = titledSo ? 0 : meetingsNamedAt(sentence);
            if (after < 0) {
                continue;
            }
            // a time is a day's only in the sentence that gives both ("the next meeting … on 19 January 2021 at
            // 2.00 pm", "at 2.00pm on the following dates: …"), never the days a later sentence lists
            LocalTime time = Dates.firstTime(sentence);
            for (Dates.Found found : Dates.all(sentence)) {
                // a future meeting is after this one: the days of meetings already held are not
                if (found.start() >= after && (item.meeting.date == null || found.date().isAfter(item.meeting.date))) {
                    dates.putIfAbsent(found.date(), new FutureMeetingDate(found.date(), time));
                }
            }
        }
        if (!dates.isEmpty()) {
            item.facts.add(new ItemFact.FutureMeetingDates(line, List.copyOf(dates.values())));
        }
    }

    /** Where the words naming future meetings end in a sentence, -1 where it names none or dates something before them. */
    private static int meetingsNamedAt(String sentence) {
        Matcher named = FUTURE_MEETINGS.matcher(sentence);
        if (!named.find() || BEFORE_A_MEETING.matcher(sentence.substring(0, named.start())).find()) {
            return -1;
        }
        return named.end();
    }

    private static List<String> bulletsAfter(ItemReading item, int p) {
        List<String> bullets = new ArrayList<>();
        for (int i = p + 1; i < item.paragraphs.size(); i++) {
            String text = item.text(i);
            if (!MinuteBlocks.isBullet(text)) {
                break;
            }
            bullets.addAll(MinuteBlocks.bulletsOf(text));
            item.recognised.add(i);
        }
        return bullets;
    }

    /** "RESOLVED that the Board: … Agreed to receive a progress report": the body the preamble names. */
    private static String thisBody(ItemReading item, String preamble) {
        if (preamble != null) {
            Matcher m = Pattern.compile("that (?<body>the [A-Z][\\w ]+?)\\s*:").matcher(preamble);
            if (m.find()) {
                return m.group("body");
            }
        }
        return item.meeting.committee;
    }

    /** "an update … when any data … became available": the subject with what qualifies it after the body. */
    private static String subject(Matcher report, String text) {
        String rest = Sentences.withoutStop(text.substring(report.end()).replaceFirst("^[,;]?\\s*", ""));
        return rest.isEmpty() || report.group("date") != null ? report.group("subject")
                : report.group("subject") + " " + rest;
    }

    private static LocalDate date(String text) {
        return text == null ? null : Dates.first(text);
    }
}
