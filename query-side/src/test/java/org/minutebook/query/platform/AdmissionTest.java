package org.minutebook.query.platform;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.minutebook.access.AccessProblems;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Past the requests it answers at once, the query side answers 503 busy with Retry-After at once, queueing
 * nothing, except a clerk's read of her own write, which waits a bounded time for a place; the health is answered
 * whatever the load.
 */
class AdmissionTest {

    private final AccessProblems problems = mock(AccessProblems.class);
    private final Admission admission = new Admission(2, Duration.ofSeconds(1), problems, new SimpleMeterRegistry());

    @Test
    void aThirdQueryWhileTwoAreAnsweredIsAnswered503BusyAtOnce() throws Exception {
        CountDownLatch answering = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        FilterChain slow = heldUntil(answering, release);
        for (int i = 0; i < 2; i++) {
            clients.submit(() -> {
                admission.doFilter(query("/api/meetings/cfosc-2021-11-02"), new MockHttpServletResponse(), slow);
                return null;
            });
        }
        assertThat(answering.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse third = new MockHttpServletResponse();
        long started = System.nanoTime();
        admission.doFilter(query("/api/meetings/cfosc-2021-11-02/minutes"), third, (request, response) -> {
            throw new AssertionError("a third query was let through");
        });

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1_000);
        assertThat(third.getHeader("Retry-After")).isEqualTo("1");
        verify(problems).write(eq(third), eq(HttpStatus.SERVICE_UNAVAILABLE), eq(Admission.RULE), anyString());
        release.countDown();
        clients.shutdown();
        assertThat(clients.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse later = new MockHttpServletResponse();
        admission.doFilter(query("/api/meetings/cfosc-2021-11-02/minutes"), later, (request, response) -> { });
        assertThat(later.getStatus()).isEqualTo(200);
    }

    @Test
    void aClerkWaitingForHerVersionStepsAsideSoAnotherQueryIsAnsweredMeanwhile() throws Exception {
        Admission onePlace = new Admission(1, Duration.ofSeconds(1), problems, new SimpleMeterRegistry());
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService clerk = inBackground(onePlace, query("/api/meetings/cfosc-2021-11-02?minVersion=7"),
                (request, response) -> {
                    try (WaitingAside aside = WaitingAside.stepAside()) {
                        heldUntil(waiting, written).doFilter(request, response);
                    }
                });
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

        boolean[] answered = {false, false};
        onePlace.doFilter(query("/api/meetings/cfosc-2021-11-02/minutes"), new MockHttpServletResponse(),
                (request, response) -> answered[0] = true);

        assertThat(answered[0]).as("answered while she waits").isTrue();
        verify(problems, never()).write(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                anyString(), anyString());
        written.countDown();
        clerk.shutdown();
        assertThat(clerk.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        onePlace.doFilter(query("/api/meetings/cfosc-2021-11-02/minutes"), new MockHttpServletResponse(),
                (request, response) -> answered[1] = true);
        assertThat(answered[1]).as("her place given back once she was answered").isTrue();
    }

    @Test
    void aClerkWhoseVersionCameWhileEveryPlaceWasTakenIsAnsweredBusyAfterHerWaitNotHeldWithoutBound() {
        java.util.concurrent.Semaphore onePlace = new java.util.concurrent.Semaphore(1);
        onePlace.acquireUninterruptibly();
        WaitingAside.admitted(onePlace, Duration.ofMillis(100));
        WaitingAside aside = WaitingAside.stepAside();
        onePlace.acquireUninterruptibly(); // another query takes the place she gave up while she waited

        long began = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(aside::close).isInstanceOf(QueryBusy.class);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).as("her wait for a place is bounded")
                .isLessThan(Duration.ofSeconds(5));
        WaitingAside.left();
        assertThat(onePlace.availablePermits()).as("she gives back no place she did not get").isZero();
    }

    @Test
    void aClerkReadingHerWriteWhileEveryPlaceIsTakenWaitsForOneAndIsAnswered() throws Exception {
        Admission onePlace = new Admission(1, Duration.ofSeconds(5), problems, new SimpleMeterRegistry());
        CountDownLatch answering = new CountDownLatch(1);
        // another query holds the one place for a fifth of a second
        ExecutorService other = inBackground(onePlace, query("/api/meetings/cfosc-2021-11-02"),
                (request, response) -> {
                    answering.countDown();
                    sleep(200);
                });
        assertThat(answering.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletRequest hers = query("/api/meetings/cfosc-2021-11-02");
        hers.setParameter("minVersion", "7");
        boolean[] answered = {false};
        onePlace.doFilter(hers, new MockHttpServletResponse(), (request, response) -> answered[0] = true);

        assertThat(answered[0]).as("answered once the other query left its place").isTrue();
        verify(problems, never()).write(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                anyString(), anyString());
        other.shutdown();
        assertThat(other.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aClerkReadingHerWriteIsAnswered503BusyOnceHerWaitForAPlaceRunsOut() throws Exception {
        Admission none = new Admission(0, Duration.ofMillis(100), problems, new SimpleMeterRegistry());
        MockHttpServletRequest hers = query("/api/meetings/cfosc-2021-11-02");
        hers.setParameter("minVersion", "7");
        MockHttpServletResponse answer = new MockHttpServletResponse();

        none.doFilter(hers, answer, (request, response) -> {
            throw new AssertionError("let through without a place");
        });

        assertThat(answer.getHeader("Retry-After")).isEqualTo("1");
        verify(problems).write(eq(answer), eq(HttpStatus.SERVICE_UNAVAILABLE), eq(Admission.RULE), anyString());
    }

    /** A query answered on a thread of its own, through the filter and then the chain given. */
    private static ExecutorService inBackground(Admission admission, MockHttpServletRequest query, FilterChain chain) {
        ExecutorService client = Executors.newSingleThreadExecutor();
        client.submit(() -> {
            admission.doFilter(query, new MockHttpServletResponse(), chain);
            return null;
        });
        return client;
    }

    /** An answer that says it has begun, then takes until it is released. */
    private static FilterChain heldUntil(CountDownLatch begun, CountDownLatch released) {
        return (request, response) -> {
            begun.countDown();
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theHealthIsAnsweredHoweverBusyTheQueriesAre() throws Exception {
        Admission none = new Admission(0, Duration.ofSeconds(1), problems, new SimpleMeterRegistry());
        boolean[] answered = {false};

        none.doFilter(query("/actuator/health"), new MockHttpServletResponse(),
                (request, response) -> answered[0] = true);

        assertThat(answered[0]).isTrue();
        verify(problems, never()).write(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                anyString(), anyString());
    }

    private static MockHttpServletRequest query(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }
}
