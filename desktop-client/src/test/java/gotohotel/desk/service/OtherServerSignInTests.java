package gotohotel.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gotohotel.desk.store.DeskHome;
import gotohotel.desk.store.DeskStore;
import gotohotel.desk.store.StaffCredential;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.ReservationSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * A desk opened offline keeps signing in in the background; when the server that finally answers is not the one
 * its store belongs to (decision 28), the desk stays offline, says so, and sends or fetches nothing.
 */
class OtherServerSignInTests {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path home;

    private final ExecutorService syncThreads = Executors.newCachedThreadPool();
    private final ScheduledExecutorService work = Executors.newSingleThreadScheduledExecutor();
    private final AtomicBoolean serverUp = new AtomicBoolean();
    private final AtomicInteger logins = new AtomicInteger();
    private final List<String> otherRequests = new CopyOnWriteArrayList<>();
    private final UUID theOtherServer = UUID.randomUUID();
    private HttpServer server;
    private DeskServices services;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        if (services != null) {
            services.close();
        }
        server.stop(0);
        syncThreads.shutdownNow();
        work.shutdownNow();
    }

    @Test
    void theBackgroundSignInToAnotherServerLeavesTheDeskOfflineWithItsQueueAndSendsNothing() {
        try (var store = DeskStore.open(new DeskHome(home).created().storeFile())) {
            store.claimFor(UUID.randomUUID().toString(), "http://hotel-a:8088", java.util.Optional.empty());
            var hash = new PasswordHasher().hash(PASSWORD);
            store.remember(new StaffCredential("mina", hash.algorithm(), hash.iterations(), hash.salt(), hash.hash(),
                    NOW, null));
            var reservation = UUID.randomUUID();
            store.applyDownload(null, new ChangesPage(List.of(new ReservationSnapshot(reservation, UUID.randomUUID(),
                    "PENDING_CONFIRMATION", 1, "Alice Kim", null, "STANDARD", LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 2), 1, new BigDecimal("120000"), "KRW", NOW, "guest")), "s1", true), NOW);
            store.decide(reservation, CommandType.CONFIRM, "mina", null, NOW);
        }
        services = DeskServices.open(new DeskSetup(home, Clock.systemUTC(), Duration.ofSeconds(1)), syncThreads,
                work);

        assertThat(services.access().signIn(address(), "mina", PASSWORD)).isEqualTo(AccessService.Mode.OFFLINE);
        serverUp.set(true);

        await("the background sign-in reached the other server and was refused").atMost(Duration.ofSeconds(20))
                .until(() -> services.bookings().status().lastError() != null
                        && services.bookings().status().lastError().startsWith("signin.error.OTHER_SERVER"));
        assertThat(ScreenText.parts(services.bookings().status().lastError())).containsExactly("signin.error.OTHER_SERVER", "1",
                "http://hotel-a:8088", "1");
        assertThat(services.bookings().status().online()).isFalse();
        assertThat(services.bookings().status().queued()).isEqualTo(1);
        int loginsSoFar = logins.get();
        await("nothing sent or fetched, no new sign-in").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> otherRequests.isEmpty() && logins.get() == loginsSoFar);
        assertThat(services.bookings().status().lastError()).startsWith("signin.error.OTHER_SERVER");
        services.close();
        services = null;
        try (var store = DeskStore.open(new DeskHome(home).storeFile())) {
            assertThat(store.queuedCount()).isEqualTo(1);
            assertThat(store.reservationCount()).isEqualTo(1);
            assertThat(store.setting("server-id-address")).contains("http://hotel-a:8088");
        }
    }

    private String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Down (503) until {@link #serverUp}; then a login answers a token of {@link #theOtherServer}. */
    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        int status;
        String body;
        if (!serverUp.get()) {
            status = 503;
            body = "{}";
        } else if (path.equals("/api/staff/login")) {
            logins.incrementAndGet();
            status = 200;
            body = "{\"token\":\"t-" + UUID.randomUUID() + "\",\"expiresAt\":\"2030-01-01T00:00:00Z\","
                    + "\"displayName\":\"Mina\",\"serverId\":\"" + theOtherServer + "\"}";
        } else {
            otherRequests.add(exchange.getRequestMethod() + " " + path);
            status = 500;
            body = "{}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
