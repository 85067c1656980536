package gotohotel.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.testkit.LaunchedProducts;
import gotohotel.testkit.WholeProduct;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a guest was told survives a crash of every process: {@code ./gotohotel server}, guests ordering from
 * four clients, {@code kill -9} of the launcher's whole session (backend, broker, database) mid-load, the
 * same command again on the same data — then every acknowledged order is still PAID and becomes exactly one
 * reservation, every hold of an order that died mid-payment is released, every night's rooms taken are
 * exactly its active reservations, and a TERM to the whole process group under load (Ctrl-C) then stops the system
 * within 30 s, backend first, without an error in the log.
 * Runs on the local database by default and on the user's PostgreSQL when GOTOHOTEL_DB_URL is set.
 */
@WholeProduct
class CrashSafetySystemTests {

    private static final Pattern ERROR_LINE = Pattern.compile("^\\S+\\s+ERROR\\s", Pattern.MULTILINE);
    private static final String ACTIVE = "('PENDING_CONFIRMATION', 'CONFIRMED', 'CHECKED_IN')";

    @TempDir
    Path home;

    @RegisterExtension
    final LaunchedProducts products = new LaunchedProducts();

    @Test
    void keepsEveryAcknowledgedOrderThroughKillNineOfEveryProcess() throws Exception {
        var launcher = products.launcher(home, List.of(
                // a payment takes a moment, so some orders are always mid-payment when the crash comes
                "--gotohotel.payment.simulated.latency=30ms",
                "--gotohotel.ordering.pending-payment-timeout=5s", "--gotohotel.ordering.reconcile-interval=1s",
                "--spring.modulith.events.staleness.published=10s", "--spring.modulith.events.staleness.processing=10s",
                "--spring.modulith.events.staleness.resubmission=10s",
                "--spring.modulith.events.staleness.check-intervall=2s",
                "--gotohotel.events.resubmit-after=2s", "--gotohotel.events.resubmit-interval=1s"));
        launcher.start();

        var guests = new GuestLoad(launcher.baseUrl());
        var clients = guests.start(4);
        await("eight seconds of orders before the crash").pollDelay(Duration.ofSeconds(8))
                .atMost(Duration.ofSeconds(60)).until(() -> guests.paid().size() >= 40);
        launcher.killEverything();
        guests.stop();
        for (var client : clients) {
            client.join(15_000);
        }
        var acknowledged = new ArrayList<>(guests.paid().values());
        var cancelled = new ArrayList<>(guests.cancelled().values());
        System.out.printf("crash: %d orders acknowledged 201 PAID, %d cancellations answered 200, %d requests "
                + "unanswered%n", acknowledged.size(), cancelled.size(), guests.unanswered());

        Path restartLog = launcher.start();
        var database = launcher.database();

        await("every acknowledged order still PAID").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (var order : acknowledged) {
                var view = guests.view(order);
                assertThat(view.status()).as("order %s", order.orderId()).isEqualTo(200);
                assertThat(view.body()).as("order %s", order.orderId()).contains("\"status\":\"PAID\"");
            }
        });
        await("every answered cancellation stands, refunded exactly once").atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> {
                    for (var order : cancelled) {
                        var view = guests.view(order);
                        assertThat(view.body()).as("order %s", order.orderId()).contains("\"status\":\"CANCELLED\"");
                        assertThat(database.count("SELECT count(*) FROM reservation WHERE order_id = ? AND status = "
                                + "'CANCELLED'", order.orderId())).as("cancelled reservation of %s", order.orderId())
                                .isEqualTo(1);
                        assertThat(database.count("SELECT count(*) FROM payment_refund WHERE order_id = ? AND status = "
                                + "'SUCCEEDED'", order.orderId())).as("refunds of %s", order.orderId()).isEqualTo(1);
                        assertThat(database.count("SELECT count(*) FROM payment_simulated_ledger WHERE order_id = ? "
                                + "AND kind = 'REFUND'", order.orderId())).as("refunds the provider made for %s",
                                order.orderId()).isEqualTo(1);
                    }
                });
        await("every acknowledged order is exactly one reservation").atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> {
                    for (var order : acknowledged) {
                        assertThat(database.reservationsOf(order.orderId())).as("reservations of %s", order.orderId())
                                .isEqualTo(1);
                    }
                });
        await("orders that died mid-payment resolved, their holds released").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> {
                    assertThat(database.count("SELECT count(*) FROM orders WHERE status = 'PENDING_PAYMENT'"))
                            .isZero();
                    assertThat(database.count("""
                            SELECT count(*) FROM room_hold h JOIN orders o ON o.id = h.order_id
                            WHERE h.released_at IS NULL AND o.status NOT IN ('PAID', 'CONFIRMED', 'CHECKED_IN')"""))
                            .isZero();
                });
        await("every paid order reached the hotel, nothing left to publish").atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> {
                    assertThat(database.count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"))
                            .isZero();
                    assertThat(database.count("""
                            SELECT count(*) FROM orders o WHERE o.status = 'PAID'
                            AND NOT EXISTS (SELECT 1 FROM reservation r WHERE r.order_id = o.id)""")).isZero();
                });
        assertThat(database.lines("""
                SELECT n.room_type, n.night, n.held,
                       (SELECT count(*) FROM reservation r WHERE r.room_type = n.room_type AND r.check_in <= n.night
                          AND r.check_out > n.night AND r.status IN %s) AS active
                FROM room_night n
                WHERE n.held <> (SELECT count(*) FROM reservation r WHERE r.room_type = n.room_type
                          AND r.check_in <= n.night AND r.check_out > n.night AND r.status IN %s)"""
                .formatted(ACTIVE, ACTIVE)))
                .as("nights whose rooms taken differ from their active reservations").isEmpty();

        // then a stop of the whole process group while guests still order (issue 17: the broker used to stop under the
        // backend's feet): the launcher stops the backend, then the broker, then the database, with no error
        var lastGuests = new GuestLoad(launcher.baseUrl());
        var lastClients = lastGuests.start(2);
        await("orders in flight").atMost(Duration.ofSeconds(30)).until(() -> lastGuests.paid().size() >= 10);
        int exit = launcher.stopGroup(Duration.ofSeconds(30));
        lastGuests.stop();
        for (var client : lastClients) {
            client.join(15_000);
        }
        String log = Files.readString(restartLog);
        assertThat(ERROR_LINE.matcher(log).results().map(r -> lineAt(log, r.start())).toList())
                .as("errors logged by the restarted system up to its shutdown").isEmpty();
        assertThat(log).contains("stopping the backend...", "stopping Kafka...");
        if (System.getenv("GOTOHOTEL_DB_URL") == null) {
            assertThat(log).contains("stopping PostgreSQL...");
        }
        assertThat(log.indexOf("stopping Kafka...")).as("the broker stopped after the backend")
                .isGreaterThan(log.indexOf("stopping the backend..."));
        assertThat(exit).as("launcher exit code after SIGTERM").isIn(0, 143);
    }

    private static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
