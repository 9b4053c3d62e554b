package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * Sixteen clerks recording, as fast as the command side takes it, the members present at a few meetings (each
 * command a member of its own), the meetings in turn. After every fourth fact a clerk reads the minutes back at the
 * version the command answered ({@code minVersion}): a read that answers must hold that fact, else it is a lie.
 * Reads that find the query side down or behind are no answer, and not counted.
 */
final class AttendanceBurst implements AutoCloseable {

    static final int CLERKS = 16;

    private final Minutebook minutebook;
    private final List<String> meetings;
    private final Supplier<String> querySide;
    private final ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
    private final AtomicBoolean recording = new AtomicBoolean(true);
    // fair: a pause waiting for every clerk is not overtaken by clerks taking their permit again
    private final Semaphore working = new Semaphore(CLERKS, true);
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicInteger recorded = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> lies = new ConcurrentLinkedQueue<>();
    private final List<Future<Void>> clerksAtWork = new ArrayList<>();

    private AttendanceBurst(Minutebook minutebook, List<String> meetings, Supplier<String> querySide) {
        this.minutebook = minutebook;
        this.meetings = meetings;
        this.querySide = querySide;
    }

    static AttendanceBurst of(Minutebook minutebook, List<String> meetings, Supplier<String> querySide) {
        AttendanceBurst burst = new AttendanceBurst(minutebook, meetings, querySide);
        for (int clerk = 0; clerk < CLERKS; clerk++) {
            int first = clerk;
            burst.clerksAtWork.add(burst.clerks.submit(() -> burst.record(first)));
        }
        return burst;
    }

    /** The sequence numbers of the members present in a record's minutes. */
    static Set<Long> attended(JsonNode minutes) {
        Set<Long> present = new TreeSet<>();
        minutes.get("attendance").forEach(fact -> {
            if (fact.get("fact").asText().equals("present")) {
                present.add(fact.get("sequenceNumber").asLong());
            }
        });
        return present;
    }

    /** Waits until the clerks have recorded this many more facts. */
    void awaitMore(int facts) {
        int until = recorded.get() + facts;
        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> recorded.get() >= until);
    }

    /**
     * The clerks stop for a while (a service starting on a busy machine takes long enough without them); each
     * finishes the fact in hand.
     */
    void pause() throws InterruptedException {
        if (!paused.getAndSet(true)) {
            working.acquire(CLERKS);
        }
    }

    void resume() {
        if (paused.getAndSet(false)) {
            working.release(CLERKS);
        }
    }

    List<String> lies() {
        return List.copyOf(lies);
    }

    /** Stops the clerks; a clerk's command that was refused fails here. */
    void stop() throws Exception {
        recording.set(false);
        resume();
        clerks.shutdown();
        for (Future<Void> clerk : clerksAtWork) {
            clerk.get(60, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws Exception {
        if (recording.get()) {
            stop();
        }
    }

    private Void record(int clerk) throws Exception {
        for (int n = clerk; recording.get(); n += CLERKS) {
            working.acquire();
            try {
                recordOne(n);
            } finally {
                working.release();
            }
        }
        return null;
    }

    private void recordOne(int n) throws Exception {
        String meetingId = meetings.get(n % meetings.size());
        Http.Response answer = Http.post(minutebook.commandSide() + "/api/meetings/" + meetingId
                + "/attendance/members", """
                {"member": {"id": "%s", "name": "Councillor %d"}}""".formatted(UUID.randomUUID(), n));
        if (answer.status() != 201) {
            throw new AssertionError("An attendance was refused: " + answer.raw().body());
        }
        if (recorded.incrementAndGet() % 4 == 0) {
            readBack(meetingId, answer.json().get("version").asLong());
        }
    }

    private void readBack(String meetingId, long version) throws InterruptedException {
        Http.Response minutes;
        try {
            minutes = Http.get(querySide.get() + "/api/meetings/" + meetingId + "/minutes?minVersion=" + version);
        } catch (IOException down) {
            return;
        }
        if (minutes.status() == 200 && !attended(minutes.json()).contains(version)) {
            lies.add(meetingId + " read at minVersion=" + version + " answered version "
                    + minutes.json().get("version") + " without the member present recorded at " + version);
        }
    }
}
