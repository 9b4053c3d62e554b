package org.minutebook.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The built-in users the services are started with in these tests, one per role, signing in over HTTP Basic. */
final class Users {

    static final User CLERK = new User("clerk", "clerk-password-in-tests");
    static final User CHAIR = new User("chair", "chair-password-in-tests");
    static final User AUDITOR = new User("auditor", "auditor-password-in-tests");
    static final User OPERATOR = new User("operator", "operator-password-in-tests");
    static final List<User> ALL = List.of(CLERK, CHAIR, AUDITOR, OPERATOR);

    private Users() {
    }

    /** The services' environment that creates these users. */
    static Map<String, String> environment() {
        return Map.of("MINUTEBOOK_CLERK_PASSWORD", CLERK.password(), "MINUTEBOOK_CHAIR_PASSWORD", CHAIR.password(),
                "MINUTEBOOK_AUDITOR_PASSWORD", AUDITOR.password(),
                "MINUTEBOOK_OPERATOR_PASSWORD", OPERATOR.password());
    }

    record User(String name, String password) {

        String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
