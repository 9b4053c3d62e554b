package org.minutebook.reader;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a heading sentence says the meeting was held: "held at Gorslas C.P. School on Monday…", "held via Zoom on
 * …", "held on Monday 1st October, 2012 at 11.00 am in The Council Chamber, County Hall, Riverside, Sligo" — the
 * place after "at", "in" or "via", never a time ("at 11.00 am") or a date, nor the words of a clause ("the manner in
 * which Cllr. McGuinness carried out his duties", "in accordance with").
 */
final class Venues {

    private static final Pattern PLACE = Pattern.compile("(?i)\\b(?:at|in|via)\\s+(?!\\d|the meeting\\b)(?!(?:which|whom|whose|that|this|his|her|their|its|order|respect|relation|accordance|"
            + "addition|response|favour|support)\\b)(?<place>.+?)"
            + "(?=\\s+on\\s|,?\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\s+at\\s+\\d|\\s+commencing\\b|"
            + "\\s+when there\\b|\\s+starting\\b|(?<![A-Z])\\.\\s|\\.?$)");

    private Venues() {
    }

    static String in(String rest) {
        Matcher m = PLACE.matcher(rest);
        while (m.find()) {
            String place = m.group("place").strip().replaceAll("[,.]$", "");
            if (!place.isEmpty() && Dates.first(place) == null && Dates.firstTime(place) == null) {
                return place;
            }
        }
        return null;
    }
}
