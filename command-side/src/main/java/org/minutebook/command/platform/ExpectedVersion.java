package org.minutebook.command.platform;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting version a client last read, sent back as {@code If-Match: "7"} to refuse a lost update. Only a
 * version is one: {@code "7"}, {@code W/"7"} or {@code 7}; anything else ({@code W/"-5"}, {@code "7"x},
 * {@code *}) is a malformed header, refused with 400 before the record is looked at, not a stale version.
 */
final class ExpectedVersion {

    private static final Pattern VERSION = Pattern.compile("(?:W/)?(\"?)(0|[1-9][0-9]{0,17})\\1");

    private ExpectedVersion() {
    }

    static long parse(String ifMatch) {
        Matcher version = VERSION.matcher(ifMatch.strip());
        if (!version.matches()) {
            throw new InvalidRequest("If-Match must carry a meeting version such as \"7\"",
                    List.of(new InvalidRequest.FieldError("If-Match", "not a version")));
        }
        return Long.parseLong(version.group(2));
    }
}
