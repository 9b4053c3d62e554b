package org.minutebook.command.imports;

import org.minutebook.reader.MeetingDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The committee and the meeting a page is recorded under. What the page states comes first; what it leaves out
 * the importing clerk may give ({@link ImportRequest}'s council, committee, date, time zone); a committee or meeting
 * the record already holds — the same council, committee name and date — is used rather than a second one made.
 * A page that names no committee and is given none is still recorded, under a committee named for its source, and
 * the report says what is missing: a page is never refused for what it does not say.
 */
record ImportTarget(String committeeId, String committeeName, String council, String timeZone, String meetingId,
                    LocalDate date, List<String> missing) {

    private static final int LONGEST_COMMITTEE_ID = 48;

    /** The records already kept that a page may be about: committees by council and name, meetings by day. */
    interface Existing {
        Optional<String> committeeNamed(String council, String name);

        Optional<String> meetingOn(String committeeId, LocalDate date);

        /** The committee registered under this id, if any: the one a clerk chose in the console. */
        default Optional<Registered> registered(String committeeId) {
            return Optional.empty();
        }
    }

    /** A registered committee: its id, name and council (null when its registration names none). */
    record Registered(String committeeId, String name, String council) {
    }

    static ImportTarget of(MeetingDetails page, ImportRequest.Given given, String source, Existing existing) {
        Optional<Registered> chosen = given.committee() == null ? Optional.empty()
                : existing.registered(given.committee());
        if (chosen.isPresent()) {
            return chosenCommittee(page, given, chosen.get(), existing);
        }
        List<String> missing = new ArrayList<>();
        String name = page.committee() != null ? page.committee() : given.committee();
        String council = page.council() != null ? page.council() : given.council();
        LocalDate date = page.date() != null ? page.date() : given.date();
        if (page.committee() == null && given.committee() == null) {
            missing.add("committee");
        }
        if (council == null) {
            missing.add("council");
        }
        if (date == null) {
            missing.add("date");
        }
        String committeeId;
        if (name == null) {
            committeeId = "unnamed-" + PageIds.slug(baseName(source), LONGEST_COMMITTEE_ID - 8);
            name = "Committee not stated (" + baseName(source) + ")";
        } else {
            committeeId = existing.committeeNamed(council, name)
                    .orElse(PageIds.slug(name, LONGEST_COMMITTEE_ID));
        }
        String meetingId = date == null ? null : existing.meetingOn(committeeId, date).orElse(null);
        if (meetingId == null) {
            meetingId = committeeId + "-" + (date != null ? date.toString()
                    : PageIds.slug(baseName(source), 64 - LONGEST_COMMITTEE_ID - 1));
        }
        return new ImportTarget(committeeId, name, council, given.timeZone(), meetingId, date, List.copyOf(missing));
    }

    /**
     * A page imported into a committee the clerk chose by its id (the console's committee): recorded under it, its
     * name and council as registered, whatever the page calls it, and under its meeting of the page's day (or the
     * day given), never a second committee or meeting beside them.
     */
    private static ImportTarget chosenCommittee(MeetingDetails page, ImportRequest.Given given, Registered chosen,
                                                Existing existing) {
        LocalDate date = page.date() != null ? page.date() : given.date();
        String council = chosen.council() != null ? chosen.council() : page.council() != null ? page.council()
                : given.council();
        List<String> missing = new ArrayList<>();
        if (council == null) {
            missing.add("council");
        }
        if (date == null) {
            missing.add("date");
        }
        String meetingId = date == null ? null : existing.meetingOn(chosen.committeeId(), date).orElse(null);
        if (meetingId == null) {
            meetingId = chosen.committeeId() + "-" + (date != null ? date.toString() : "undated");
        }
        return new ImportTarget(chosen.committeeId(), chosen.name(), chosen.council(), given.timeZone(), meetingId,
                date, List.copyOf(missing));
    }

    static String baseName(String source) {
        String name = source.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
