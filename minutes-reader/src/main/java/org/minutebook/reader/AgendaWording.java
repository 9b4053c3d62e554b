package org.minutebook.reader;

import java.util.regex.Pattern;

/**
 * Agenda text speaks before the meeting, in the present or future ("Members are asked to declare…", "The
 * Monitoring Officer to report on…", "… submits a report…", "… will provide an update…"); a minute speaks after
 * it, in the past. On a page that prints neither numbers nor titles this is what tells one item from the next.
 */
final class AgendaWording {

    private static final Pattern AGENDA = Pattern.compile("\\b(?:is|are) (?:asked|invited|requested|recommended|"
            + "attached|circulated)\\b|^(?:The |A |An )?(?:[A-Z][\\w’',()-]*\\s+){1,8}to (?:report|submit|present|"
            + "provide|update|give)\\b|\\bsubmits\\b|\\bpresents\\b|\\bwill (?:provide|give|present|report|update|be (?:asked|"
            + "invited|presented|reported|considered|circulated))\\b|\\bhave been circulated\\b");
    private static final Pattern MINUTE = Pattern.compile("\\b(?:was|were|had been|submitted|reported|noted|"
            + "RESOLVED|AGREED)\\b");

    private AgendaWording() {
    }

    static boolean reads(String text) {
        return AGENDA.matcher(text).find() && !startsInThePast(text);
    }

    /** "It was reported that members would be asked…" is a minute, whatever follows. */
    private static boolean startsInThePast(String text) {
        var minute = MINUTE.matcher(text);
        var agenda = AGENDA.matcher(text);
        return minute.find() && agenda.find() && minute.start() < agenda.start();
    }
}
