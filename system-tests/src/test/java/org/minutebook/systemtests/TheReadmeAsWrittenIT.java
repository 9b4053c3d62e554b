package org.minutebook.systemtests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README read by a newcomer on a fresh clone: every file, folder and command it names is in the repository
 * (tracked by git, so a clone has it, not merely this working tree), {@code ./test} installs only what it needs, and
 * the walk-through's requests, sent as written to a running system, answer what the README shows they answer.
 */
class TheReadmeAsWrittenIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A path the README names: a link's target, a script, a file or folder of the repository. */
    private static final Pattern NAMED_PATH = Pattern.compile("\\]\\(([^)#\\s]+)[^)]*\\)|(?<![\\w/.-])(\\./[\\w-]+"
            + "|(?:docs|minutes-reader|decision-subscriber|system-tests|query-side|command-side)/[\\w./-]*[\\w/])");
    private static final Pattern BODY = Pattern.compile("-d '(.*?)'", Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile("\"?(http://localhost:808[12][^\\s\"]*)\"?");
    private static final Pattern HEADER = Pattern.compile("-H '([\\w-]+): ([^']*)'");
    /** A field the README shows an answer to have: its name and a JSON scalar (a string possibly elided with …). */
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+|null|true|false)");

    private final String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);

    TheReadmeAsWrittenIT() throws IOException {
    }

    @Test
    void everyFileFolderAndCommandTheReadmeNamesIsInTheRepository() throws Exception {
        Set<String> named = new LinkedHashSet<>();
        Matcher path = NAMED_PATH.matcher(readme);
        while (path.find()) {
            String found = path.group(1) != null ? path.group(1) : path.group(2);
            // made by the build or by ./run, not kept in the repository; or an address on the web
            if (!found.startsWith("http") && !found.contains("target/") && !found.matches("(\\./)?data(/.*)?")) {
                named.add(found.replaceFirst("^\\./", "").replaceFirst("/$", ""));
            }
        }
        assertThat(named).as("the README names its scripts, docs and sample pages")
                .contains("run", "test", "import", "rebuild-read-models", "run-benchmark",
                        "minutes-reader/src/test/resources/seeds/pages", "docs/events.md");

        List<String> untracked = new ArrayList<>();
        for (String file : named) {
            Process git = new ProcessBuilder("git", "ls-files", "--error-unmatch", "--", file).directory(ROOT.toFile())
                    .redirectErrorStream(true).start();
            git.getInputStream().readAllBytes();
            if (git.waitFor() != 0) {
                untracked.add(file);
            }
        }
        assertThat(untracked).as("named by the README and not in a clone").isEmpty();
        for (String script : List.of("run", "test", "import", "rebuild-read-models", "run-benchmark", "score-reader")) {
            assertThat(ROOT.resolve(script)).as(script).isExecutable();
        }
        assertThat(Files.readString(ROOT.resolve("test"))).as("./test installs only what it needs, and says so")
                .contains("--no-install-recommends").contains("echo");
    }

    @Test
    void theWalkThroughAnswersAsTheReadmeShows() throws Exception {
        Minutebook minutebook = Minutebook.running();
        String walkThrough = section("## A walk-through");
        String meeting = matched(Pattern.compile("(?m)^MEETING=(\\S+)$"), walkThrough);
        List<String[]> steps = steps(walkThrough);
        assertThat(steps).as("the walk-through's requests").hasSizeGreaterThanOrEqualTo(7);

        for (String[] step : steps) {
            String command = step[0].replace("$MEETING", meeting);
            String url = matched(URL, command).replace("http://localhost:8081", minutebook.commandSide())
                    .replace("http://localhost:8082", minutebook.querySide());
            Matcher body = BODY.matcher(command);
            Users.User user = command.contains("$AUDITOR") ? Users.AUDITOR : command.contains("$CLERK") ? Users.CLERK : null;
            List<String> headers = new ArrayList<>();
            Matcher header = HEADER.matcher(command);
            while (header.find()) {
                headers.add(header.group(1));
                headers.add(header.group(2));
            }
            Http.Response answer = body.find()
                    ? Http.sendAs(user, "POST", url, body.group(1), headers.toArray(String[]::new))
                    : user == null ? Http.get(url) : Http.getAs(user, url);
            String said = answer.raw().body().replace(minutebook.commandSide(), "http://localhost:8081")
                    .replace(minutebook.querySide(), "http://localhost:8082");
            for (String field : fields(step[1])) {
                assertThat(said).as("%s answered, as the README shows it", command).contains(field);
            }
        }
    }

    /** Each request of a section with the answer the README shows for it (the comment lines after it, or the next block's). */
    private static List<String[]> steps(String section) {
        List<String[]> steps = new ArrayList<>();
        String[] blocks = section.split("```");
        for (int i = 1; i < blocks.length; i += 2) {
            if (!blocks[i].startsWith("bash")) {
                continue;
            }
            // a request runs on over the lines continued with \ and the lines of its body, indented; its answer
            // is the comment lines after it
            List<String[]> requests = new ArrayList<>();
            for (String line : blocks[i].replace("\\\n", " ").lines().toList()) {
                if (line.startsWith("curl ")) {
                    requests.add(new String[] {line.substring(5), ""});
                } else if (!requests.isEmpty() && line.startsWith(" ") && requests.get(requests.size() - 1)[1].isEmpty()) {
                    requests.get(requests.size() - 1)[0] += "\n" + line;
                } else if (!requests.isEmpty() && line.startsWith("#")) {
                    requests.get(requests.size() - 1)[1] += " " + line.replaceFirst("^#\\s*", "");
                }
            }
            // else a block of answers right after the requests: one a request, JSON over one or more lines
            List<String> shown = i + 2 < blocks.length && !blocks[i + 2].startsWith("bash")
                    ? answers(blocks[i + 2]) : List.of();
            for (int r = 0; r < requests.size(); r++) {
                String comment = requests.get(r)[1].strip();
                steps.add(new String[] {requests.get(r)[0], !comment.isEmpty() ? comment : r < shown.size() ? shown.get(r) : ""});
            }
        }
        return steps;
    }

    private static List<String> answers(String block) {
        List<String> answers = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        int depth = 0;
        for (String line : block.lines().toList()) {
            if (depth == 0 && !line.startsWith("{")) {
                continue; // a language tag, a status line or header, an elision
            }
            answer.append(line.strip());
            depth += line.chars().filter(c -> c == '{').count() - line.chars().filter(c -> c == '}').count();
            if (depth == 0) {
                answers.add(answer.toString());
                answer.setLength(0);
            }
        }
        return answers;
    }

    /** The fields an answer is shown with, as they are written; an elided string ("…") by what comes before the elision. */
    private static List<String> fields(String shown) {
        List<String> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(shown);
        while (field.find()) {
            String written = field.group();
            int elided = written.indexOf('…');
            if (elided < 0) {
                fields.add(written);
            } else if (elided > field.group(1).length() + 4) {
                fields.add(written.substring(0, elided).strip());
            }
        }
        return fields;
    }

    private String section(String heading) {
        int start = readme.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static String matched(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in the README").isTrue();
        return matcher.group(1);
    }
}
