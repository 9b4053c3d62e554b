package org.minutebook.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;

/**
 * The results of one run: a row per figure, each with its baseline measured in the same run, the ratio and the
 * target it is held to; written as JSON and as a markdown table (also copied into docs/performance.md).
 * A figure that was not measured has no value and says why: nothing is ever filled in.
 */
final class Results {

    record Row(String figure, String metric, String unit, Summary value, String baselineName, Summary baseline,
               Double ratio, String target, Boolean met, String note) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String START = "<!-- benchmark results: start (written by ./run-benchmark) -->";
    static final String END = "<!-- benchmark results: end -->";

    private final List<Row> rows = new ArrayList<>();
    /** Per figure: how long it ran and the CPU seconds each process used meanwhile. */
    private final Map<String, Map<String, Double>> cpu = new LinkedHashMap<>();
    private final ObjectNode root = JSON.createObjectNode();
    private final ObjectNode details = JSON.createObjectNode();
    private final Instant startedAt = Instant.now();

    Results(Settings settings) {
        root.put("startedAt", startedAt.toString());
        root.set("machine", machine());
        root.set("versions", versions());
        root.set("settings", JSON.valueToTree(settings));
    }

    synchronized void add(Row row) {
        rows.add(row);
        System.out.printf(Locale.ROOT, "  %-12s %-52s %s%n", row.figure(), row.metric(), cell(row.value(), row.unit())
                + (row.ratio() != null ? "  (" + percent(row.ratio()) + " of " + row.baselineName() + ")" : "")
                + (row.met() != null ? (row.met() ? "  target met" : "  target missed") : "")
                + (row.note() != null ? "  " + row.note() : ""));
    }

    synchronized int rowCount() {
        return rows.size();
    }

    /**
     * The figure's rows from the given one on fail: what a service's log showed during it (an OutOfMemoryError, a
     * connection refused) says the service failed under the load, whatever was measured.
     */
    synchronized void failed(String figure, int fromRow, List<String> why) {
        String note = "failed: " + String.join("; ", why);
        boolean any = false;
        for (int i = fromRow; i < rows.size(); i++) {
            Row row = rows.get(i);
            rows.set(i, new Row(row.figure(), row.metric(), row.unit(), row.value(), row.baselineName(),
                    row.baseline(), row.ratio(), row.target(), row.target() == null ? null : false,
                    row.note() == null ? note : row.note() + "; " + note));
            any = true;
        }
        if (!any) {
            add(new Row(figure, "services' logs", null, null, null, null, null, "no OutOfMemoryError or refused "
                    + "connection", false, note));
        }
        System.out.println("  " + figure + " " + note);
    }

    /** The CPU seconds each process used during a figure, and the figure's own length. */
    synchronized void cpu(String figure, double seconds, Map<String, Double> used) {
        Map<String, Double> row = new LinkedHashMap<>();
        row.put("figure seconds", seconds);
        row.putAll(used);
        cpu.put(figure, row);
        details.set("cpuSecondsByFigure", JSON.valueToTree(cpu));
    }

    void notMeasured(String figure, String metric, String target, String why) {
        add(new Row(figure, metric, null, null, null, null, null, target, null, "not measured: " + why));
    }

    synchronized void detail(String figure, Object value) {
        details.set(figure, JSON.valueToTree(value));
    }

    synchronized void write(Path jsonFile, Path markdownFile, Path performanceDoc) throws IOException {
        root.put("finishedAt", Instant.now().toString());
        // Other work on a shared machine shows here: a load above the core count means the figures had less CPU.
        ((ObjectNode) root.get("machine")).put("loadAverageAtEnd",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        root.set("rows", JSON.valueToTree(rows));
        root.set("details", details);
        Files.createDirectories(jsonFile.toAbsolutePath().getParent());
        JSON.writeValue(jsonFile.toFile(), root);
        String table = markdown();
        Files.writeString(markdownFile, table, StandardCharsets.UTF_8);
        if (Files.exists(performanceDoc)) {
            String doc = Files.readString(performanceDoc, StandardCharsets.UTF_8);
            int start = doc.indexOf(START);
            int end = doc.indexOf(END);
            if (start >= 0 && end > start) {
                doc = doc.substring(0, start + START.length()) + "\n" + table + doc.substring(end);
                Files.writeString(performanceDoc, doc, StandardCharsets.UTF_8);
            }
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        ObjectNode machine = (ObjectNode) root.get("machine");
        md.append("Run of ").append(startedAt).append(root.path("settings").path("quick").asBoolean()
                ? " (**--quick**: small sizes, a smoke run, not a measurement to quote)" : "").append(".\n\n");
        md.append("Machine: ").append(machine.get("cores")).append(" cores, ")
                .append(machine.get("memoryMiB")).append(" MiB memory, ").append(machine.get("jdk").asText())
                .append(", ").append(machine.get("os").asText()).append("; load average ")
                .append(num(machine.path("loadAverageAtStart").asDouble())).append(" at the start, ")
                .append(num(machine.path("loadAverageAtEnd").asDouble())).append(" at the end.  \nVersions: ");
        root.get("versions").fields().forEachRemaining(v -> md.append(v.getKey()).append(' ')
                .append(v.getValue().asText()).append("; "));
        md.append(" \nSettings: ");
        root.get("settings").fields().forEachRemaining(s -> md.append(s.getKey()).append('=')
                .append(s.getValue().toString().replace("|", "/")).append("; "));
        md.append("\n\n| figure | metric | median | spread (min–max, runs) | baseline (median) | ratio | target | met |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            String spread = row.value() == null ? "" : num(row.value().min()) + "–" + num(row.value().max())
                    + " (" + row.value().runs().size() + ")";
            String baseline = row.baseline() == null ? (row.baselineName() == null ? "" : row.baselineName()
                    + ": not measured") : row.baselineName() + ": " + cell(row.baseline(), row.unit());
            String met = row.met() == null ? (row.target() == null ? "" : "not measured") : row.met() ? "met" : "**missed**";
            String value = row.value() == null ? row.note() : cell(row.value(), row.unit())
                    + (row.note() != null ? " (" + row.note() + ")" : "");
            md.append("| ").append(row.figure()).append(" | ").append(row.metric()).append(" | ")
                    .append(value).append(" | ").append(spread).append(" | ").append(baseline).append(" | ")
                    .append(row.ratio() == null ? "" : percent(row.ratio())).append(" | ")
                    .append(row.target() == null ? "" : row.target()).append(" | ").append(met).append(" |\n");
        }
        if (!cpu.isEmpty()) {
            md.append("\nCPU seconds each process used during each figure (a second of CPU is one core busy for a "
                    + "second; this machine has ").append(machine.get("cores")).append("):\n\n| figure |");
            List<String> columns = new ArrayList<>(cpu.values().iterator().next().keySet());
            columns.forEach(column -> md.append(' ').append(column).append(" |"));
            md.append("\n|").append(" --- |".repeat(columns.size() + 1)).append('\n');
            cpu.forEach((figure, used) -> {
                md.append("| ").append(figure).append(" |");
                columns.forEach(column -> md.append(' ').append(num(used.getOrDefault(column, 0.0))).append(" |"));
                md.append('\n');
            });
        }
        return md.toString();
    }

    private static String cell(Summary summary, String unit) {
        return summary == null ? "not measured" : num(summary.median()) + (unit == null ? "" : " " + unit);
    }

    static String num(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.2f %%" : "%.0f %%", ratio * 100);
    }

    private static ObjectNode machine() {
        ObjectNode machine = JSON.createObjectNode();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMiB", memTotalMiB());
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return machine;
    }

    private static long memTotalMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private static ObjectNode versions() {
        ObjectNode versions = JSON.createObjectNode();
        Properties properties = new Properties();
        try (InputStream in = Results.class.getResourceAsStream("/versions.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            return versions;
        }
        properties.stringPropertyNames().stream().sorted().forEach(k -> versions.put(k, properties.getProperty(k)));
        versions.put("kafka-clients", org.apache.kafka.common.utils.AppInfoParser.getVersion());
        // Spring Boot's version as the measured service was built with it, from its executable jar.
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(Stack.jar("command-side").toFile())) {
            versions.put("spring-boot", jar.getManifest().getMainAttributes().getValue("Spring-Boot-Version"));
        } catch (IOException | RuntimeException e) {
            versions.put("spring-boot", "unknown");
        }
        return versions;
    }
}
