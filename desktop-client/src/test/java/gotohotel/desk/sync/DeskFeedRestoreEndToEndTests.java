package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gotohotel.testkit.WholeProduct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's database restored from a backup (decision 39), on a product of this test's own (the other desk
 * tests share another): a file copy of the bundled PostgreSQL cluster taken while the product is stopped, bookings
 * made after it, the copy put back, and bookings made after the restore beyond the position a desk had reached. That
 * desk decided nothing since the backup, so nothing it sends tells the server; its cursor alone must: it downloads
 * everything again and holds every booking made after the restore, and says so.
 */
@WholeProduct
class DeskFeedRestoreEndToEndTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path deskHome;

    @Test
    void aDeskThatDidNotPushSeesEveryBookingMadeAfterTheServersDatabaseWasRestored() throws Exception {
        assumeTrue(System.getenv("GOTOHOTEL_DB_URL") == null, "restores the bundled PostgreSQL by a file copy");
        try (var backend = Backend.ownIn(Files.createTempDirectory("gotohotel-restore-tests-"))) {
            Path cluster = backend.databaseCluster().orElseThrow();
            Path backup = cluster.resolveSibling("postgres-backup");
            var beforeBackup = backend.guests().book(2);
            try (var desk = new Desk(deskHome, backend.baseUrl()).started(backend)) {
                desk.awaitOrders(beforeBackup, PATIENCE);
            }

            backend.restart(() -> copy(cluster, backup));
            var lost = backend.guests().book(4);
            String cursorBeforeRestore;
            try (var desk = new Desk(deskHome, backend.baseUrl()).started(backend)) {
                desk.awaitOrders(lost, PATIENCE);
                desk.awaitDrained(PATIENCE);
                cursorBeforeRestore = desk.store().position().cursor();
            }
            backend.restart(() -> {
                delete(cluster);
                copy(backup, cluster);
            });
            var afterRestore = new ArrayList<>(backend.guests().book(8));
            // the restart's own check booked one too; more were booked after the restore than were lost with it, so
            // the feed's positions passed the desk's cursor again: the counter alone cannot tell
            await("the paid orders become reservations").atMost(PATIENCE).until(() -> backend.database()
                    .count("SELECT last_position FROM reservation_change_counter") >= position(cursorBeforeRestore));

            try (var desk = new Desk(deskHome, backend.baseUrl()).started(backend)) {
                var held = desk.awaitOrders(afterRestore, PATIENCE);

                assertThat(held).hasSize(afterRestore.size());
                await("the full download reported").atMost(PATIENCE).until(() -> desk.engine().status().notice() != null);
                assertThat(desk.engine().status().notice()).startsWith("sync.notice.resynced");
                assertThat(desk.store().position().fullResync()).isFalse();
                assertThat(desk.store().position().cursor()).isNotEqualTo(cursorBeforeRestore);
                for (var order : afterRestore) {
                    var reservation = held.get(order.orderId()).server();
                    assertThat(reservation.status()).isEqualTo(backend.database()
                            .reservationStatus(reservation.reservationId()));
                }
            }
        }
    }

    /** The feed position in a cursor (opaque to the desk; read here only to show which check found the restore). */
    private static long position(String cursor) {
        String[] parts = cursor.split("\\.");
        return Long.parseLong(parts[1].replace("s", ""));
    }

    private static void copy(Path from, Path to) throws IOException, InterruptedException {
        run("cp", "-a", from.toString(), to.toString());
    }

    private static void delete(Path directory) throws IOException, InterruptedException {
        run("rm", "-rf", directory.toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(List.of(command)).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }
}
