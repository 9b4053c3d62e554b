package org.minutebook.systemtests;

import org.junit.jupiter.api.Test;
import org.minutebook.localstack.ServiceProcess;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be started here (no Docker engine), so its health checks are checked against what each
 * image has: a check that calls a tool its image lacks, or uses bash under an image's /bin/sh, keeps every
 * service that waits on it from ever starting (the first wave's checks used bash's /dev/tcp under dash).
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");

    /** What each image runs a health check with: the shell behind CMD-SHELL and the commands it has. */
    private record Image(String shell, Set<String> commands) {
    }

    private static final Map<String, Image> IMAGES = Map.of(
            // eclipse-temurin:21-jre-alpine with bash added (apache/kafka docker/jvm/Dockerfile); sh is busybox ash
            "apache/kafka:3.9.2", new Image("ash", Set.of("bash", "grep", "/opt/kafka/bin/kafka-broker-api-versions.sh",
                    "/opt/kafka/bin/kafka-topics.sh")),
            // Debian; sh is dash
            "postgres:17", new Image("dash", Set.of("pg_isready", "psql", "grep")),
            // Ubuntu; sh is dash; mongosh is the only shell since MongoDB 6
            "mongo:7.0", new Image("dash", Set.of("mongosh", "grep")),
            // Ubuntu noble; curl and wget are installed by the image (adoptium/containers#255)
            "eclipse-temurin:17-jre-noble", new Image("dash", Set.of("curl", "wget", "grep", "java")));

    /** Shell syntax that only bash reads; every image's /bin/sh is ash or dash. */
    private static final List<String> BASHISMS = List.of("/dev/tcp", "/dev/udp", "[[", "<<<", "&>", "$'", "<(",
            "${!");

    private static final Set<String> SHELL_BUILTINS = Set.of("exec", "printf", "echo", "test", "[", "true",
            "false", "exit", "cd");

    @Test
    void everyServiceHasAHealthCheckItsImageCanRun() throws IOException {
        Map<String, Map<String, Object>> services = services(Files.readString(ROOT.resolve("docker-compose.yml")));

        assertThat(services).isNotEmpty();
        services.forEach((name, service) -> {
            assertThat(service).as(name + " has a health check").containsKey("healthcheck");
            assertThat(problemsOf(healthCheck(service), imageOf(service))).as(name + "'s health check").isEmpty();
        });
    }

    @Test
    void aServiceStartsOnlyAfterWhatItWaitsForCanBeHealthy() throws IOException {
        Map<String, Map<String, Object>> services = services(Files.readString(ROOT.resolve("docker-compose.yml")));

        services.forEach((name, service) -> dependencies(service).forEach((dependency, condition) -> {
            assertThat(services).as(name + " depends on " + dependency).containsKey(dependency);
            if ("service_healthy".equals(condition)) {
                assertThat(services.get(dependency)).as(dependency + ", which " + name + " waits on")
                        .containsKey("healthcheck");
            }
        }));
    }

    @Test
    void theServicesAreCheckedOnThePortTheirImageServes() throws IOException {
        Map<String, Map<String, Object>> services = services(Files.readString(ROOT.resolve("docker-compose.yml")));

        services.forEach((name, service) -> {
            if (service.containsKey("build")) {
                String port = serverPortIn(dockerfileOf(service));
                assertThat(String.join(" ", healthCheck(service))).as(name + "'s health check")
                        .contains("http://localhost:" + port + "/actuator/health/readiness");
            }
        });
    }

    /**
     * A service's image runs with the JVM options it is measured with under ./run, the tests and the benchmark: the
     * first images sized their heap as a share of the container's memory, so the soft-valued record caches could
     * fill whatever a deployment gave them, unlike anything measured.
     */
    @Test
    void eachServiceImageRunsWithTheJvmOptionsItIsMeasuredWith() throws IOException {
        Map<String, Map<String, Object>> services = services(Files.readString(ROOT.resolve("docker-compose.yml")));

        services.forEach((name, service) -> {
            if (service.containsKey("build")) {
                String dockerfile = dockerfileOf(service);
                Matcher options = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(dockerfile);
                assertThat(options.find()).as(name + "'s Dockerfile sets JAVA_TOOL_OPTIONS").isTrue();
                assertThat(List.of(options.group(1).split(" "))).as(name + "'s JVM options")
                        .isEqualTo(ServiceProcess.jvmOptions(jarOf(dockerfile)));
            }
        });
    }

    @Test
    void aCheckWithBashsDevTcpUnderShIsRefused() {
        List<String> firstWaveCheck = List.of("CMD-SHELL", "exec 3<>/dev/tcp/localhost/8081 && "
                + "printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3");

        assertThat(problemsOf(firstWaveCheck, IMAGES.get("eclipse-temurin:17-jre-noble")))
                .anySatisfy(problem -> assertThat(problem).contains("/dev/tcp"));
    }

    @Test
    void aCheckCallingAToolTheImageLacksIsRefused() {
        List<String> check = List.of("CMD", "wget", "-q", "-O-", "http://localhost:27017");

        assertThat(problemsOf(check, IMAGES.get("mongo:7.0"))).containsExactly("mongo:7.0 has no wget");
    }

    private static List<String> problemsOf(List<String> test, Image image) {
        List<String> problems = new ArrayList<>();
        String kind = test.get(0);
        if (kind.equals("CMD")) {
            requireCommand(test.get(1), image, problems);
        } else if (kind.equals("CMD-SHELL")) {
            String script = String.join(" ", test.subList(1, test.size()));
            BASHISMS.stream().filter(script::contains).forEach(bashism -> problems.add(
                    bashism + " is bash syntax; /bin/sh is " + image.shell()));
            // quoted arguments (a mongosh script, say) are not commands of the shell
            String unquoted = script.replaceAll("\"[^\"]*\"|'[^']*'", "ARGUMENT");
            for (String command : unquoted.split("\\|\\||&&|[|;]")) {
                List<String> words = wordsOf(command);
                if (!words.isEmpty() && !SHELL_BUILTINS.contains(words.get(0))) {
                    requireCommand(words.get(0), image, problems);
                }
            }
        } else {
            problems.add("a health check's test starts with CMD or CMD-SHELL, not " + kind);
        }
        return problems;
    }

    private static void requireCommand(String command, Image image, List<String> problems) {
        if (!image.commands().contains(command)) {
            String name = IMAGES.entrySet().stream().filter(entry -> entry.getValue() == image)
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            problems.add(name + " has no " + command);
        }
    }

    /** The words of one simple command, without redirections. */
    private static List<String> wordsOf(String command) {
        List<String> words = new ArrayList<>();
        for (String word : command.trim().split("\\s+")) {
            if (!word.isEmpty() && !word.matches("\\d*[<>]&?.*")) {
                words.add(word);
            }
        }
        return words;
    }

    private static Image imageOf(Map<String, Object> service) {
        String image = service.containsKey("build") ? baseImageOf(dockerfileOf(service)) : (String) service.get("image");
        assertThat(IMAGES).as("the tools of image " + image + " are known to this test").containsKey(image);
        return IMAGES.get(image);
    }

    private static String dockerfileOf(Map<String, Object> service) {
        try {
            return Files.readString(ROOT.resolve((String) service.get("build")).resolve("Dockerfile"));
        } catch (IOException e) {
            throw new AssertionError("No Dockerfile for build " + service.get("build"), e);
        }
    }

    private static String baseImageOf(String dockerfile) {
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(dockerfile);
        assertThat(from.find()).as("the Dockerfile names its image").isTrue();
        return from.group(1);
    }

    private static Path jarOf(String dockerfile) {
        Matcher copy = Pattern.compile("(?m)^COPY\\s+target/(\\S+\\.jar)").matcher(dockerfile);
        assertThat(copy.find()).as("the Dockerfile copies the service's jar").isTrue();
        return Path.of(copy.group(1).replace("*", "1.0"));
    }

    private static String serverPortIn(String dockerfile) {
        Matcher port = Pattern.compile("SERVER_PORT=(\\d+)").matcher(dockerfile);
        assertThat(port.find()).as("the Dockerfile sets SERVER_PORT").isTrue();
        return port.group(1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> healthCheck(Map<String, Object> service) {
        Object test = ((Map<String, Object>) service.get("healthcheck")).get("test");
        return test instanceof String shell ? List.of("CMD-SHELL", shell) : (List<String>) test;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> dependencies(Map<String, Object> service) {
        Object dependsOn = service.getOrDefault("depends_on", Map.of());
        if (dependsOn instanceof List<?> names) {
            Map<String, String> started = new LinkedHashMap<>();
            names.forEach(dependency -> started.put((String) dependency, "service_started"));
            return started;
        }
        Map<String, String> conditions = new LinkedHashMap<>();
        ((Map<String, Map<String, String>>) dependsOn).forEach((dependency, options) ->
                conditions.put(dependency, options.getOrDefault("condition", "service_started")));
        return conditions;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(String compose) {
        Map<String, Object> file = new Yaml().load(compose);
        return (Map<String, Map<String, Object>>) file.get("services");
    }
}
