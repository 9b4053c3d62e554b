package org.minutebook.reader;

import org.minutebook.events.meetings.MeetingContact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Contact:" line: one or more officers, each a name, perhaps an office, a telephone number and an email, in
 * any order the council prints them ("Jerry Connolly, Scrutiny Support Officer, tel: 0116 454 6343", "Gemma
 * Duckworth (0116 3052583) Email: …"). A phone or email belongs to the name before it.
 */
final class Contacts {

    private static final Pattern DETAIL = Pattern.compile("(?i)(?:\\b(?:tel|telephone|phone|t)\\s*[:.]?\\s*)?\\(?"
            + "(?<phone>(?:\\+44\\s?|0)\\d{2,4}[\\d ]{5,10}\\d)\\)?|(?:\\be-?mail\\s*:?\\s*)?(?<email>[\\w.+'-]+@[\\w-]+"
            + "(?:\\.[\\w-]+)+)|\\b(?:e-?mail|tel|telephone|phone)\\s*:");

    private Contacts() {
    }

    static List<MeetingContact> read(String text) {
        List<Draft> contacts = new ArrayList<>();
        Matcher m = DETAIL.matcher(text);
        int from = 0;
        while (m.find()) {
            words(text.substring(from, m.start()), contacts);
            if (!contacts.isEmpty()) {
                Draft last = contacts.get(contacts.size() - 1);
                if (m.group("phone") != null && last.phone == null) {
                    last.phone = m.group("phone").strip();
                } else if (m.group("email") != null && last.email == null) {
                    last.email = m.group("email");
                }
            }
            from = m.end();
        }
        words(text.substring(from), contacts);
        return contacts.stream().map(d -> new MeetingContact(d.name, d.role, d.phone, d.email)).toList();
    }

    /** Words between details: "Name, Office," opens a contact; punctuation alone does not. */
    private static void words(String words, List<Draft> contacts) {
        String w = words.replaceAll("^[\\s,;:()]+|[\\s,;:()]+$", "");
        if (w.isEmpty()) {
            return;
        }
        Draft draft = new Draft();
        // "Kate Batty-Smith  Democratic Services Officer", "Anne Thomas  2941": a wide space parts name and office
        String[] spaced = w.split("\\s{2,}", 2);
        if (spaced.length == 2 && w.indexOf(',') < 0) {
            w = spaced[1].matches("[\\d ]+") ? spaced[0] : spaced[0] + ", " + spaced[1];
        }
        int comma = w.indexOf(',');
        draft.name = (comma < 0 ? w : w.substring(0, comma)).strip();
        String role = comma < 0 ? "" : w.substring(comma + 1).replaceAll("^[\\s,]+|[\\s,]+$", "");
        draft.role = role.isEmpty() ? null : role;
        // "Ed Brown, Senior Governance Officer Email:" gives the office before the detail's label
        contacts.add(draft);
    }

    private static final class Draft {
        String name;
        String role;
        String phone;
        String email;
    }
}
