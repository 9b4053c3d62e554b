package org.minutebook.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Realistic meetings: the system tests' published-minutes fixtures (attendance, declarations, minute text,
 * resolutions...), each step a command. Meeting n replays fixture n mod k with its meeting id replaced, so every
 * meeting is new and its commands are those a clerk sends for a real meeting, in the order of the minutes.
 */
final class Meetings {

    record Command(String method, String path, String body) {
    }

    private record Template(String meetingId, List<Command> steps) {
    }

    static final String COMMITTEE = "leics-cfosc";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Command> committeeSetup = new ArrayList<>();
    private final List<Template> templates = new ArrayList<>();

    private Meetings() {
    }

    static Meetings load(Path dir) throws IOException {
        Meetings meetings = new Meetings();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("No minutes fixtures in " + dir.toAbsolutePath());
        }
        for (Path file : files) {
            String meetingId = null;
            List<Command> steps = new ArrayList<>();
            for (JsonNode step : JSON.readTree(file.toFile())) {
                Command command = new Command(step.get("method").asText(), step.get("path").asText(),
                        JSON.writeValueAsString(step.get("body")));
                if (command.path().startsWith("/api/committees")) {
                    meetings.committeeSetup.add(command);
                } else {
                    if (command.path().equals("/api/meetings")) {
                        meetingId = step.get("body").get("meetingId").asText();
                    }
                    steps.add(command);
                }
            }
            meetings.templates.add(new Template(meetingId, List.copyOf(steps)));
        }
        return meetings;
    }

    /** Registers the committee and its members once (idempotent by id: a rerun answers the same). */
    List<Command> committeeSetup() {
        return committeeSetup;
    }

    /** Meeting number n's commands, for a meeting with the given new id. */
    List<Command> meeting(int n, String meetingId) {
        Template template = templates.get(Math.floorMod(n, templates.size()));
        List<Command> commands = new ArrayList<>(template.steps().size());
        for (Command step : template.steps()) {
            commands.add(new Command(step.method(), step.path().replace(template.meetingId(), meetingId),
                    step.body().replace(template.meetingId(), meetingId)));
        }
        return commands;
    }

    int templateCount() {
        return templates.size();
    }

    /** A realistic short fact for a meeting that keeps growing: a chair's announcement. */
    static String announcement(int n) {
        return JSON.createObjectNode().put("text", "Announcement " + n + ": the Chair reminded members that the "
                + "meeting was being webcast, that the agenda and reports were published on the Council's website, "
                + "and that members of the public could ask questions under Standing Order 35 by giving notice to "
                + "the Democratic Services Officer three working days before the meeting.").toString();
    }

    /** Sends a command; returns the version the command side answered, or throws naming the refusal. */
    static long record(String commandSide, Command command) {
        Http.Answer answer = Http.command(command.method(), commandSide + command.path(), command.body(), true);
        if (!answer.accepted()) {
            throw new IllegalStateException(command.method() + " " + command.path() + " was refused with "
                    + answer.status() + ": " + answer.body());
        }
        return version(answer.body());
    }

    static long version(String answerBody) {
        try {
            return JSON.readTree(answerBody).path("version").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
