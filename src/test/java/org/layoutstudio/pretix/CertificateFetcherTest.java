package org.layoutstudio.pretix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 303 → 409 … → 200 flow of spec/certificates-api.txt, with faults. */
class CertificateFetcherTest {
    static final String FIRST = "/api/v1/organizers/dummy/events/democon/orderpositions/426/certificate/";
    static final byte[] PDF = TokenSafetyTest.PDF;

    FakePretix pretix;
    FakeSleeper sleeper = new FakeSleeper();
    PretixClient client;
    final AtomicInteger resultCounter = new AtomicInteger();
    final List<DownloadState> states = Collections.synchronizedList(new ArrayList<>());
    final DownloadProgress progress = (attempt, elapsed, state) -> states.add(state);

    @BeforeEach
    void start() throws Exception {
        pretix = new FakePretix();
        client = pretix.client(sleeper);
    }

    @AfterEach
    void stop() {
        client.close();
        pretix.close();
    }

    static MockResponse pdf(String disposition) {
        MockResponse.Builder b = new MockResponse.Builder().code(200).setHeader("Content-Type", "application/pdf")
                .body(new okio.Buffer().write(PDF));
        if (disposition != null) {
            b.setHeader("Content-Disposition", disposition);
        }
        return b.build();
    }

    static MockResponse notReady() {
        return FakePretix.json(409, "{\"detail\":\"The requested resource is not ready, please retry later.\"}");
    }

    /** The first URL answers 303 to a fresh result id; results are answered by {@code result}. */
    void serve(Function<RecordedRequest, MockResponse> result) {
        pretix.route(r -> {
            if (!r.getUrl().encodedPath().equals(FIRST)) {
                return FakePretix.json(404, "{\"detail\":\"Not found.\"}");
            }
            if (r.getUrl().queryParameter("result") == null) {
                return new MockResponse.Builder().code(303)
                        .setHeader("Location", FIRST + "?result=r" + resultCounter.incrementAndGet()).build();
            }
            return result.apply(r);
        });
    }

    @Test
    void pdfRightAfterTheRedirect() throws Exception {
        serve(r -> pdf("attachment; filename=\"democon-ABC12-1-certificate.pdf\""));
        CertificatePdf c = client.certificates().fetch(426, Cancellation.none(), progress);
        assertArrayEquals(PDF, c.pdf());
        assertEquals("democon-ABC12-1-certificate.pdf", c.fileName());
        assertEquals(2, c.attempts());
        assertEquals(2, pretix.requests().size());
        assertEquals("r1", pretix.requests().get(1).getUrl().queryParameter("result"));
        for (RecordedRequest r : pretix.requests()) {
            assertEquals("Token " + FakePretix.TOKEN, r.getHeaders().get("Authorization"));
        }
        assertEquals(List.of(DownloadState.ASKING, DownloadState.PREPARING, DownloadState.READY), states);
        assertTrue(sleeper.sleeps.isEmpty());
    }

    @Test
    void severalNotReadyAnswersFollowTheSchedule() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        serve(r -> polls.incrementAndGet() <= 5 ? notReady() : pdf(null));
        CertificatePdf c = client.certificates().fetch(426, Cancellation.none(), progress);
        assertEquals("certificate-426.pdf", c.fileName());
        assertEquals(secs(1, 2, 3, 5, 5), sleeper.sleeps);
        assertEquals(7, pretix.requests().size());
        assertEquals(DownloadState.READY, states.get(states.size() - 1));
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        serve(r -> polls.incrementAndGet() == 1
                ? new MockResponse.Builder().code(409).setHeader("Retry-After", "7").body("{}").build() : pdf(null));
        client.certificates().fetch(426, Cancellation.none(), progress);
        assertEquals(secs(7), sleeper.sleeps);
    }

    @Test
    void goneResultRestartsFromTheFirstUrl() throws Exception {
        serve(r -> r.getUrl().queryParameter("result").equals("r1") ? FakePretix.json(404, "{}") : pdf(null));
        CertificatePdf c = client.certificates().fetch(426, Cancellation.none(), progress);
        assertArrayEquals(PDF, c.pdf());
        List<String> targets = pretix.requests().stream().map(RecordedRequest::getTarget).toList();
        assertEquals(List.of(FIRST, FIRST + "?result=r1", FIRST, FIRST + "?result=r2"), targets);
        assertTrue(states.contains(DownloadState.RESTARTING));
    }

    @Test
    void restartsAtMostTwiceThenReportsTheGoneResult() {
        serve(r -> FakePretix.json(410, "{\"status\":\"failed\",\"message\":\"Rendering failed.\"}"));
        PretixException e = assertThrows(PretixException.class, () -> client.certificates().fetch(426, Cancellation.none(), progress));
        assertEquals(PretixException.Kind.GONE, e.kind());
        assertEquals("Rendering failed.", e.detail().orElseThrow());
        assertEquals(2 * (1 + CertificateFetcher.MAX_RESTARTS), pretix.requests().size());
    }

    @Test
    void timesOutWithoutMoreRequestsThanTheScheduleAllows() {
        serve(r -> notReady());
        PretixException e = assertThrows(PretixException.class, () -> client.certificates()
                .withTimeLimit(Duration.ofSeconds(20)).fetch(426, Cancellation.none(), progress));
        assertEquals(PretixException.Kind.TIMED_OUT, e.kind());
        // polls at t = 0, 1, 3, 6, 11, 16; the next one (t = 21) would be past the limit
        assertEquals(secs(1, 2, 3, 5, 5), sleeper.sleeps);
        assertEquals(1 + 6, pretix.requests().size());
        assertTrue(sleeper.elapsed().compareTo(Duration.ofSeconds(20)) <= 0);
        assertTrue(e.userMessage().contains("20 seconds"), e.userMessage());
    }

    @Test
    void errorsOfTheFirstRequestAreReported() {
        pretix.route(r -> FakePretix.json(403, "{\"detail\":\"Downloads are not available for pending orders.\"}"));
        PretixException e = assertThrows(PretixException.class, () -> client.certificates().fetch(426));
        assertEquals(PretixException.Kind.FORBIDDEN, e.kind());
        assertTrue(e.userMessage().contains("Downloads are not available for pending orders."));
        pretix.route(r -> FakePretix.json(404, "{\"detail\":\"Not found.\"}"));
        assertEquals(PretixException.Kind.NOT_FOUND, assertThrows(PretixException.class, () -> client.certificates().fetch(426)).kind());
        assertEquals(2, pretix.requests().size(), "a 404 of the first URL is not restarted");
    }

    @Test
    void resultOnAnotherHostIsPolledWithoutTheToken() throws Exception {
        try (FakePretix other = new FakePretix()) {
            other.route(r -> pdf(null));
            pretix.route(r -> new MockResponse.Builder().code(303).setHeader("Location", other.baseUrl() + "result/xyz").build());
            client.certificates().fetch(426);
            assertNull(other.requests().get(0).getHeaders().get("Authorization"));
        }
    }

    @Test
    void cancelEndsAWaitPromptly() throws Exception {
        serve(r -> notReady());
        CountDownLatch preparing = new CountDownLatch(2); // after the 303 and after the first 409
        Cancellation cancel = new Cancellation();
        try (PretixClient real = PretixClient.builder(pretix.connection()).build()) {
            CertificateFetcher slow = real.certificates().withSchedule(List.of(Duration.ofMinutes(10)))
                    .withTimeLimit(Duration.ofHours(1));
            CompletableFuture<CertificatePdf> f = CompletableFuture.supplyAsync(() -> {
                try {
                    return slow.fetch(426, cancel, (a, e, s) -> {
                        if (s == DownloadState.PREPARING) {
                            preparing.countDown();
                        }
                    });
                } catch (PretixException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            assertTrue(preparing.await(10, TimeUnit.SECONDS));
            cancel.cancel();
            ExecutionException ex = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
            assertEquals(PretixException.Kind.CANCELLED, ((PretixException) ex.getCause()).kind());
        }
        assertEquals(2, pretix.requests().size());
    }

    @Test
    void cancelAbortsARequestInFlight() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        pretix.route(r -> {
            asked.countDown();
            return new MockResponse.Builder().code(303).setHeader("Location", FIRST + "?result=x")
                    .headersDelay(60, TimeUnit.SECONDS).build();
        });
        Cancellation cancel = new Cancellation();
        try (PretixClient real = PretixClient.builder(pretix.connection()).build()) {
            CompletableFuture<PretixException.Kind> f = CompletableFuture.supplyAsync(() -> {
                try {
                    real.certificates().fetch(426, cancel, DownloadProgress.none());
                    return null;
                } catch (PretixException e) {
                    return e.kind();
                }
            });
            assertTrue(asked.await(10, TimeUnit.SECONDS));
            cancel.cancel();
            assertEquals(PretixException.Kind.CANCELLED, f.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, pretix.requests().size(), "a cancelled request is not retried");
    }

    @Test
    void cancelBeforeStartSendsNothing() {
        Cancellation c = new Cancellation();
        c.cancel();
        assertEquals(PretixException.Kind.CANCELLED, assertThrows(PretixException.class,
                () -> client.certificates().fetch(426, c, progress)).kind());
        assertTrue(pretix.requests().isEmpty());
    }

    @Test
    void fileNamesFromContentDispositionAreMadeSafe() {
        assertEquals("a b.pdf", PdfBytes.fileNameFrom("attachment; filename=\"../../a b.pdf\"", "f.pdf"));
        assertEquals("Zertifikat-Müller.pdf", PdfBytes.fileNameFrom("attachment; filename=x.pdf; filename*=UTF-8''Zertifikat-M%C3%BCller.pdf", "f.pdf"));
        assertEquals("cert.pdf", PdfBytes.fileNameFrom("attachment; filename=cert", "f.pdf"));
        assertEquals("f.pdf", PdfBytes.fileNameFrom("attachment", "f.pdf"));
        assertEquals("f.pdf", PdfBytes.fileNameFrom("attachment; filename=\"...\"", "f.pdf"));
    }

    static List<Duration> secs(long... s) {
        List<Duration> out = new ArrayList<>();
        for (long x : s) {
            out.add(Duration.ofSeconds(x));
        }
        return out;
    }
}
