package gotohotel.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.store.StaffCredential;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the desk while the server is unreachable, against the hash kept from an earlier sign-in. */
class OfflineSignInTests {

    private static final String NOBODY_LISTENS = "http://127.0.0.1:9";
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path home;

    private final java.util.concurrent.ExecutorService syncThreads = Executors.newCachedThreadPool();
    private final java.util.concurrent.ScheduledExecutorService work = Executors.newSingleThreadScheduledExecutor();
    private DeskServices services;

    @BeforeEach
    void open() {
        services = DeskServices.open(new DeskSetup(home, Clock.systemUTC(), Duration.ofSeconds(1)), syncThreads, work);
    }

    @AfterEach
    void close() {
        services.close();
        syncThreads.shutdownNow();
        work.shutdownNow();
    }

    @Test
    void aMistypedServerAddressIsNamedAsSuch() {
        for (String address : new String[] {"http://bad host", "127.0.0.1:8088", "ftp://x", "http://"}) {
            assertThatThrownBy(() -> services.access().signIn(address, "mina", PASSWORD))
                    .isInstanceOfSatisfying(SignInFailedException.class, e -> assertThat(e.reason())
                            .isEqualTo(SignInFailedException.Reason.NO_SERVER));
        }
    }

    @Test
    void someoneWhoNeverSignedInHereCannotOpenTheDeskOffline() {
        assertThatThrownBy(() -> services.access().signIn(NOBODY_LISTENS, "mina", PASSWORD))
                .isInstanceOfSatisfying(SignInFailedException.class, e -> assertThat(e.reason())
                        .isEqualTo(SignInFailedException.Reason.UNREACHABLE_NEVER_SIGNED_IN_HERE));
    }

    @Test
    void theKeptHashOpensTheDeskOfflineForTheRightPasswordOnly() throws Exception {
        minaSignedInHereBefore();

        assertThatThrownBy(() -> services.access().signIn(NOBODY_LISTENS, "mina", "wrong"))
                .isInstanceOfSatisfying(SignInFailedException.class, e -> assertThat(e.reason())
                        .isEqualTo(SignInFailedException.Reason.WRONG_LOCAL_PASSWORD));
        assertThat(services.access().signIn(NOBODY_LISTENS, "mina", PASSWORD)).isEqualTo(AccessService.Mode.OFFLINE);
        assertThat(services.access().rememberedServer()).contains(NOBODY_LISTENS);
        assertThat(services.access().rememberedUsername()).contains("mina");
        assertThat(services.bookings().status().online()).isFalse();
    }

    @Test
    void aServerThatRefusesMoreAttemptsNeverOpensTheDeskOfflineAndAWrongPasswordForgetsTheKeptHash()
            throws Exception {
        minaSignedInHereBefore();
        var answer = new AtomicInteger(429);
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/staff/login", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.getResponseHeaders().add("Retry-After", "60");
            byte[] body = "{\"title\":\"no\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();

            assertThatThrownBy(() -> services.access().signIn(url, "mina", PASSWORD))
                    .isInstanceOfSatisfying(SignInFailedException.class, e -> assertThat(e.reason())
                            .isEqualTo(SignInFailedException.Reason.REFUSED));
            answer.set(401);
            assertThatThrownBy(() -> services.access().signIn(url, "mina", PASSWORD))
                    .isInstanceOfSatisfying(SignInFailedException.class, e -> assertThat(e.reason())
                            .isEqualTo(SignInFailedException.Reason.REFUSED));
        } finally {
            server.stop(0);
        }

        assertThatThrownBy(() -> services.access().signIn(NOBODY_LISTENS, "mina", PASSWORD))
                .isInstanceOfSatisfying(SignInFailedException.class, e -> assertThat(e.reason())
                        .isEqualTo(SignInFailedException.Reason.UNREACHABLE_NEVER_SIGNED_IN_HERE));
    }

    @Test
    void afterFiveWrongOfflineGuessesEvenTheRightPasswordWaitsAndTheWaitSurvivesARestart() {
        minaSignedInHereBefore();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> services.access().signIn(NOBODY_LISTENS, "mina", "a wrong guess"))
                    .isInstanceOfSatisfying(SignInFailedException.class, e -> assertThat(e.reason())
                            .isEqualTo(SignInFailedException.Reason.WRONG_LOCAL_PASSWORD));
        }
        services.close();
        open();   // the desk restarted: the count is kept in its store

        assertThatThrownBy(() -> services.access().signIn(NOBODY_LISTENS, "mina", PASSWORD))
                .isInstanceOfSatisfying(SignInFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SignInFailedException.Reason.THROTTLED);
                    assertThat(e.screenText()).contains("signin.error.THROTTLED");
                });
    }

    /** The desk kept mina's hash from an earlier online sign-in (the services are reopened on that store). */
    private void minaSignedInHereBefore() {
        services.close();
        try (var store = DeskStore.open(home.resolve("desk.db"))) {
            var hash = new PasswordHasher().hash(PASSWORD);
            store.remember(new StaffCredential("mina", hash.algorithm(), hash.iterations(), hash.salt(), hash.hash(),
                    Instant.now(), null));
        }
        open();
    }

    @Test
    void theHashIsSaltedAndSlowAndTheStoreNeverHoldsThePassword() throws Exception {
        var hasher = new PasswordHasher();
        var first = hasher.hash(PASSWORD);
        var second = hasher.hash(PASSWORD);

        assertThat(first.iterations()).isGreaterThanOrEqualTo(210_000);
        assertThat(first.algorithm()).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.hash()).isNotEqualTo(second.hash());
        assertThat(hasher.matches(PASSWORD, first.algorithm(), first.iterations(), first.salt(), first.hash()))
                .isTrue();

        try (var store = DeskStore.open(home.resolve("desk.db"))) {
            store.remember(new StaffCredential("mina", first.algorithm(), first.iterations(), first.salt(),
                    first.hash(), Instant.now(), null));
        }
        services.close();
        for (var file : Files.list(home).toList()) {
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(PASSWORD);
        }
    }
}
