package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gotohotel.desk.store.DeskHome;
import gotohotel.desk.store.DeskStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with enough desks waiting for changes answers 429 (or 503) {@code sync-busy} with a Retry-After: the
 * desk waits that long before it asks again, stays online and shows no error, and gets its changes afterwards.
 */
class BusyServerTests {

    private static final String RESERVATION = "6f1c2a44-3b7e-4a57-9d0e-1c2b3a4d5e6f";

    @TempDir
    Path home;

    private final ExecutorService syncThreads = Executors.newCachedThreadPool();
    private final List<Long> changesRequests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/sync/changes", this::changes);
        server.createContext("/api/sync/desks", exchange -> answer(exchange, 201, """
                {"deskId":"%s","name":"Front desk","secret":"desk-secret"}""".formatted(UUID.randomUUID())));
        server.createContext("/api/sync/staff", exchange -> answer(exchange, 200, "[]"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        syncThreads.shutdownNow();
    }

    @Test
    void waitsOutTheRetryAfterOfABusyServerOnlineAndWithoutAnError() {
        var settings = new SyncSettings(500, 1000, 25, Duration.ofMillis(10), Duration.ofMillis(50),
                Duration.ofSeconds(10));
        try (var store = DeskStore.open(new DeskHome(home).created().storeFile());
             var link = ServerLink.to("http://127.0.0.1:" + server.getAddress().getPort(), settings.requestTimeout())) {
            var session = new StaffSession(link);
            session.useToken("desk-token");
            try (var engine = new SyncEngine(store, link, session, syncThreads, Clock.systemUTC(), settings,
                    new Random(1))) {
                engine.start();

                await("the reservation the server sent between busy answers").atMost(Duration.ofSeconds(20))
                        .until(() -> store.reservation(UUID.fromString(RESERVATION)).isPresent());
                await("two more busy answers").atMost(Duration.ofSeconds(20)).until(() -> changesRequests.size() >= 5);

                var status = engine.status();
                assertThat(status.online()).isTrue();
                assertThat(status.lastError()).isNull();
                for (int i = 1; i < 5; i++) {
                    if (i != 3) {   // the third answer is a page: the desk asks again at once
                        assertThat(Duration.ofNanos(changesRequests.get(i) - changesRequests.get(i - 1)))
                                .as("the wait before request %d", i + 1).isGreaterThanOrEqualTo(Duration.ofMillis(900));
                    }
                }
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** 429 sync-busy with Retry-After: 1, except the third request, which gets a page with one reservation. */
    private void changes(HttpExchange exchange) throws IOException {
        changesRequests.add(System.nanoTime());
        int status;
        String body;
        if (changesRequests.size() == 3) {
            status = 200;
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            body = """
                    {"changes":[{"reservationId":"%s","orderId":"%s","status":"PENDING_CONFIRMATION","version":0,
                    "guestName":"Alice Kim","roomType":"STANDARD","checkIn":"2026-12-01","checkOut":"2026-12-02",
                    "guestCount":1,"amount":120000,"currency":"KRW","updatedAt":"2026-11-26T10:00:00Z",
                    "lastChangedBy":"guest"}],"nextCursor":"1","hasMore":false}""".formatted(RESERVATION,
                    UUID.randomUUID());
        } else {
            status = changesRequests.size() % 2 == 0 ? 429 : 503;
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.getResponseHeaders().add("Retry-After", "1");
            body = """
                    {"type":"urn:gotohotel:problem:sync-busy","title":"Too many requests waiting for changes",
                    "status":%d,"detail":"This desk has 2 requests for changes waiting already."}""".formatted(status);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
