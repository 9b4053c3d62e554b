package org.minutebook.command.imports.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports published minutes pages from files or folders: each file is sent to the command side's
 * {@code POST /api/imports} — a page's text or HTML as {@code text}, a PDF's bytes in base64 as {@code content}, its
 * format from its name — with a progress bar, then a summary of what each page recorded, what it left out and, for
 * a page refused, why. Only the JDK: {@code ./import} runs this file as it is ({@code java ImportMinutes.java}).
 *
 * <pre>
 * ./import [--url http://localhost:8081] [--user clerk] [--verbose] [--council NAME] [--committee NAME-OR-ID]
 *          [--date YYYY-MM-DD] [--time-zone ZONE] FILE-OR-FOLDER...
 * </pre>
 * {@code --council}, {@code --committee}, {@code --date} and {@code --time-zone} give what the pages do not state.
 * The command side's address is {@code --url}, else {@code MINUTEBOOK_COMMAND_URL}, else http://localhost:8081.
 * Requests sign in with HTTP Basic as {@code --user} (else {@code MINUTEBOOK_CLERK_USER}, else "clerk"), with the
 * password in {@code MINUTEBOOK_CLERK_PASSWORD}, else the one {@code ./run} keeps in
 * {@code $MINUTEBOOK_DATA_DIR/credentials.properties} (data/ by default). Exit status 1 when any page was refused.
 */
public final class ImportMinutes {

    private static final int BAR = 30;

    private ImportMinutes() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String url = env("MINUTEBOOK_COMMAND_URL", "http://localhost:8081");
        String user = env("MINUTEBOOK_CLERK_USER", "clerk");
        boolean verbose = false;
        Map<String, String> given = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--verbose" -> verbose = true;
                case "--council" -> given.put("council", args[++i]);
                case "--committee" -> given.put("committee", args[++i]);
                case "--date" -> given.put("date", args[++i]);
                case "--time-zone" -> given.put("timeZone", args[++i]);
                case "--help", "-h" -> {
                    System.out.println("usage: ./import [--url URL] [--user NAME] [--verbose] [--council NAME] "
                            + "[--committee NAME-OR-ID] [--date YYYY-MM-DD] [--time-zone ZONE] FILE-OR-FOLDER...\n"
                            + "Pages may be text, HTML saved from a council's site, or PDF; --council, --committee, "
                            + "--date and --time-zone give what a page does not state.");
                    return;
                }
                default -> files.addAll(pages(Path.of(args[i])));
            }
        }
        if (files.isEmpty()) {
            System.err.println("No pages to import: name a file or a folder (./import --help)");
            System.exit(2);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> summary = new ArrayList<>();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress(System.err, i, files.size(), file.getFileName().toString());
            String line;
            String outcome;
            try {
                HttpResponse<String> answer = http.send(request(url, user, file, given), HttpResponse.BodyHandlers
                        .ofString(StandardCharsets.UTF_8));
                Object body = Json.parse(answer.body());
                if (answer.statusCode() / 100 == 2) {
                    outcome = String.valueOf(field(body, "outcome"));
                    line = describe(file, body, verbose);
                } else {
                    outcome = "REFUSED";
                    line = String.format("%-28s REFUSED (%d) %s%s", file.getFileName(), answer.statusCode(),
                            field(body, "rule") != null ? field(body, "rule") + ": " : "", field(body, "detail"));
                }
            } catch (IOException | RuntimeException failed) {
                outcome = "FAILED";
                line = String.format("%-28s FAILED %s", file.getFileName(), failed.getMessage() != null
                        ? failed.getMessage() : failed.getClass().getSimpleName());
            }
            outcomes.merge(outcome, 1, Integer::sum);
            summary.add(line);
        }
        progress(System.err, files.size(), files.size(), "done");
        System.err.println();
        summary.forEach(System.out::println);
        System.out.println(files.size() + " page(s): " + outcomes);
        if (outcomes.containsKey("REFUSED") || outcomes.containsKey("FAILED")) {
            System.exit(1);
        }
    }

    private static List<Path> pages(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> inFolder = Files.list(path)) {
            return inFolder.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> !file.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        }
    }

    private static HttpRequest request(String url, String user, Path file, Map<String, String> given)
            throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        boolean pdf = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                || bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
        StringBuilder body = new StringBuilder("{\"source\":" + Json.quote(name));
        if (pdf) {
            body.append(",\"format\":\"PDF\",\"content\":").append(Json.quote(Base64.getEncoder()
                    .encodeToString(bytes)));
        } else {
            body.append(",\"text\":").append(Json.quote(new String(bytes, StandardCharsets.UTF_8)));
        }
        given.forEach((field, value) -> body.append(",").append(Json.quote(field)).append(":")
                .append(Json.quote(value)));
        body.append("}");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/imports"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password()).getBytes(StandardCharsets.UTF_8)));
        return request.build();
    }

    /** The clerk's password: from the environment, else as ./run keeps it; empty when neither has one. */
    private static String password() throws IOException {
        String given = System.getenv("MINUTEBOOK_CLERK_PASSWORD");
        if (given != null && !given.isEmpty()) {
            return given;
        }
        String dataDir = System.getenv("MINUTEBOOK_DATA_DIR");
        Path kept = Path.of(dataDir == null || dataDir.isEmpty() ? "data" : dataDir, "credentials.properties");
        java.util.Properties credentials = new java.util.Properties();
        if (Files.exists(kept)) {
            try (var in = Files.newBufferedReader(kept)) {
                credentials.load(in);
            }
        }
        return credentials.getProperty("clerk", "");
    }

    private static String describe(Path file, Object report, boolean verbose) {
        Map<?, ?> recognised = (Map<?, ?>) field(report, "recognised");
        int facts = recognised.values().stream().mapToInt(n -> ((Number) n).intValue()).sum();
        List<?> warnings = (List<?>) field(report, "warnings");
        List<?> plain = (List<?>) field(report, "leftAsText");
        Map<?, ?> changes = (Map<?, ?>) field(report, "changes");
        StringBuilder line = new StringBuilder(String.format("%-28s %-9s %-48s %4d facts, %d as text, %d warnings;"
                        + " added %s, corrected %s, struck out %s", file.getFileName(), field(report, "outcome"),
                field(report, "meetingId"), facts, plain.size(), warnings.size(), changes.get("added"),
                changes.get("corrected"), changes.get("struckOut")));
        List<?> missing = (List<?>) field(report, "missing");
        if (missing != null && !missing.isEmpty()) {
            line.append("; not stated: ").append(String.join(", ", missing.stream().map(String::valueOf).toList()));
        }
        if (verbose) {
            warnings.forEach(w -> line.append("\n    line ").append(field(w, "line")).append(": ")
                    .append(field(w, "message")));
            plain.forEach(p -> line.append("\n    as text, line ").append(field(p, "line")).append(": ")
                    .append(shorten(String.valueOf(field(p, "text")))));
        }
        return line.toString();
    }

    private static void progress(PrintStream out, int done, int all, String now) {
        int filled = all == 0 ? BAR : done * BAR / all;
        out.printf("\r[%s%s] %d/%d %-40s", "#".repeat(filled), ".".repeat(BAR - filled), done, all,
                shorten(now));
        out.flush();
    }

    private static Object field(Object object, String name) {
        return object instanceof Map<?, ?> map ? map.get(name) : null;
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Just enough JSON for a request body and the import report: no library, so the file runs on its own. */
    static final class Json {

        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static String quote(String value) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\r' -> quoted.append("\\r");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format("\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("Not JSON after character " + json.at);
            }
            return value;
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                while (next() != '}') {
                    String name = string();
                    expect(':');
                    object.put(name, value());
                    if (next() == ',') {
                        at++;
                    }
                }
                at++;
                return object;
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                while (next() != ']') {
                    array.add(value());
                    if (next() == ',') {
                        at++;
                    }
                }
                at++;
                return array;
            }
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String word = text.substring(start, at);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> word.matches("-?\\d+") ? (Object) Long.valueOf(word) : Double.valueOf(word);
            };
        }

        private String string() {
            space();
            expect('"');
            StringBuilder value = new StringBuilder();
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> value.append(escaped);
                }
            }
            return value.toString();
        }

        private char next() {
            space();
            return text.charAt(at);
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("Expected '" + c + "' at character " + at);
            }
            at++;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
