package org.minutebook.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The passwords of the services' built-in users, one per role, as the environment variables the services read
 * ({@code MINUTEBOOK_CLERK_PASSWORD}…). A password given in this process's environment is used as it is; any other
 * is generated once, kept (readable by its owner only) in the data directory, and reused on later starts.
 */
public final class Credentials {

    public static final List<String> USERS = List.of("clerk", "chair", "auditor", "operator");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> passwords;
    private final List<String> generated;

    private Credentials(Map<String, String> passwords, List<String> generated) {
        this.passwords = Map.copyOf(passwords);
        this.generated = List.copyOf(generated);
    }

    public static String variable(String user) {
        return "MINUTEBOOK_" + user.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD";
    }

    /** The passwords kept in the file (created when missing), unless the environment gives them. */
    public static Credentials keptIn(Path file, Map<String, String> environment) throws IOException {
        Properties kept = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                kept.load(in);
            }
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        List<String> generated = new java.util.ArrayList<>();
        for (String user : USERS) {
            String given = environment.get(variable(user));
            if (given != null && !given.isEmpty()) {
                passwords.put(user, given);
            } else if (kept.getProperty(user) != null) {
                passwords.put(user, kept.getProperty(user));
            } else {
                passwords.put(user, generate());
                kept.setProperty(user, passwords.get(user));
                generated.add(user);
            }
        }
        if (!generated.isEmpty()) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file)) {
                kept.store(out, "minutebook built-in users (generated; delete a line to generate it anew)");
            }
        }
        return new Credentials(passwords, generated);
    }

    /** New passwords, kept nowhere (a benchmark's or a test's services). */
    public static Credentials fresh() {
        Map<String, String> passwords = new LinkedHashMap<>();
        USERS.forEach(user -> passwords.put(user, generate()));
        return new Credentials(passwords, List.of());
    }

    public String password(String user) {
        return passwords.get(user);
    }

    /** The users whose passwords were generated on this start. */
    public List<String> generated() {
        return generated;
    }

    /** The services' environment variables. */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        passwords.forEach((user, password) -> environment.put(variable(user), password));
        return environment;
    }

    private static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
