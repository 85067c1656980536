package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.desk.store.DeskHome;
import gotohotel.desk.store.DeskStore;
import gotohotel.shared.sync.CommandType;
import gotohotel.testkit.WholeProduct;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk process killed with SIGKILL after the server applied a batch of its queue (in one transaction) and
 * before the desk read the answer.
 */
@WholeProduct
@ExtendWith(Backend.Extension.class)
class DeskCrashEndToEndTests {

    private static final Logger log = LoggerFactory.getLogger(DeskCrashEndToEndTests.class);
    private static final int RESERVATIONS = 340;
    private static final int COMMANDS = RESERVATIONS * 3;

    private static Backend backend;

    @TempDir
    Path home;

    private int runs;

    @BeforeAll
    static void backend(Backend running) {
        backend = running;
    }

    @Test
    void appliesEveryQueuedCommandExactlyOnceAfterTheDeskIsKilledBeforeReadingAnAnswer() throws Exception {
        var orders = backend.guests().book(RESERVATIONS);
        List<UUID> ids;
        try (var desk = new Desk(home, backend.baseUrl()).started(backend)) {
            ids = desk.awaitOrders(orders, Duration.ofSeconds(60)).values().stream()
                    .map(r -> r.server().reservationId()).toList();
        }
        backend.rooms().assign(ids);   // before the desk's check-ins: a guest is checked in to a room
        UUID clientId;
        try (var store = DeskStore.open(home.resolve("desk.db"))) {
            for (var id : ids) {
                for (var type : List.of(CommandType.CONFIRM, CommandType.CHECK_IN, CommandType.CHECK_OUT)) {
                    store.decide(id, type, "Mina", null, Instant.now());
                }
            }
            clientId = store.position().clientId();
            assertThat(store.queuedCount()).isEqualTo(COMMANDS);
        }
        var database = backend.database();

        long appliedAtKill;
        try (var proxy = new FaultyProxy(backend.port())) {
            proxy.holdAnswersToCommands();
            var first = headlessDesk(proxy.baseUrl(), false);
            try {
                await("the server applied the first batch, its answer held on the way")
                        .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20)).until(() -> {
                            if (!first.isAlive()) {
                                throw new IllegalStateException("the desk exited: " + java.nio.file.Files.readString(
                                        Path.of("target", "headless-desk-1.log")));
                            }
                            return database.lastSeq(clientId) > 0 && proxy.heldAnswers() > 0;
                        });
                first.destroyForcibly();   // SIGKILL
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                first.destroyForcibly();   // also when the wait above failed: no desk left syncing after the test
            }
            appliedAtKill = database.lastSeq(clientId);
        }
        log.info("Desk killed after the server applied its commands up to seq {} of {}", appliedAtKill, COMMANDS);
        assertThat(appliedAtKill).isLessThan(COMMANDS);
        try (var store = DeskStore.open(home.resolve("desk.db"))) {
            assertThat(store.position().lastAckedSeq()).as("the desk never recorded the answer")
                    .isLessThan(appliedAtKill);
            assertThat(store.queuedCount()).isEqualTo(COMMANDS);
        }

        long restarted = System.nanoTime();
        var second = headlessDesk(backend.baseUrl(), true);
        boolean drained = second.waitFor(180, TimeUnit.SECONDS);
        second.destroyForcibly();   // if it did not finish
        assertThat(drained).as("the restarted desk drained its queue").isTrue();
        assertThat(second.exitValue()).isZero();
        log.info("Restarted desk drained {} commands ({} applied before the kill) in {} ms", COMMANDS,
                appliedAtKill, (System.nanoTime() - restarted) / 1_000_000);

        try (var store = DeskStore.open(home.resolve("desk.db"))) {
            assertThat(store.queuedCount()).isZero();
            assertThat(store.position().lastAckedSeq()).isEqualTo(COMMANDS);
            assertThat(store.conflicts()).isEmpty();
            for (var id : ids) {
                assertThat(store.reservation(id).orElseThrow().status()).isEqualTo("CHECKED_OUT");
            }
        }
        assertThat(database.commandsAnswered(clientId)).isEqualTo(COMMANDS);
        assertThat(database.lastSeq(clientId)).isEqualTo(COMMANDS);
        assertThat(database.historyLinesOf(clientId)).isEqualTo(COMMANDS);
        assertThat(database.doubledChangesOf(clientId)).isZero();
        assertThat(database.count("SELECT count(*) FROM sync_command WHERE client_id = ? AND outcome <> 'APPLIED'",
                clientId)).isZero();
        for (var id : ids) {
            assertThat(database.reservationStatus(id)).isEqualTo("CHECKED_OUT");
        }
    }

    /** {@link HeadlessSync} in a JVM of its own, on this test's desk home. */
    private Process headlessDesk(String baseUrl, boolean untilDrained) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), HeadlessSync.class.getName(),
                baseUrl));
        if (untilDrained) {
            command.add("--until-drained");
        }
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "headless-desk-" + (++runs) + ".log").toFile());
        builder.environment().put(DeskHome.VARIABLE, home.toString());
        builder.environment().put("GOTOHOTEL_DESK_PASSWORD", backend.adminPassword());
        return builder.start();
    }
}
