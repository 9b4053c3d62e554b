package org.minutebook.command.platform;

/** The meeting version a client last read, sent back as {@code If-Match: "7"} to refuse a lost update. */
final class ExpectedVersion {

    private ExpectedVersion() {
    }

    static long parse(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequest("If-Match must carry a meeting version such as \"7\"",
                    java.util.List.of(new InvalidRequest.FieldError("If-Match", "not a version")));
        }
    }
}
