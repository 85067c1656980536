package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.shared.sync.CommandType;
import gotohotel.testkit.WholeProduct;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A desk against the whole product over real HTTP, with its store in a real SQLite file. */
@WholeProduct
@ExtendWith(Backend.Extension.class)
class DeskSyncEndToEndTests {

    private static Backend backend;

    @TempDir
    Path home;

    private FaultyProxy proxy;
    private Desk desk;

    @BeforeAll
    static void backend(Backend running) {
        backend = running;
    }

    @BeforeEach
    void desk() throws Exception {
        proxy = new FaultyProxy(backend.port());
        desk = new Desk(home, proxy.baseUrl()).started(backend);
        await("the desk online").atMost(Duration.ofSeconds(20)).until(() -> desk.engine().status().online());
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
        proxy.close();
    }

    @Test
    void aPaidOrderReachesTheDeskWithinASecond() {
        await("first download complete").atMost(Duration.ofSeconds(20))
                .until(() -> desk.store().position().cursor() != null && !desk.store().position().cursor().startsWith("s"));

        var order = backend.guests().book();

        desk.awaitOrders(List.of(order), Duration.ofSeconds(1));
        assertThat(desk.byOrder().get(order.orderId()).status()).isEqualTo("PENDING_CONFIRMATION");
    }

    @Test
    void recordsAConflictWhenTheGuestCancelledWhileTheDeskConfirmedOffline() {
        var order = backend.guests().book();
        var reservation = desk.awaitOrders(List.of(order), Duration.ofSeconds(20)).get(order.orderId());
        UUID id = reservation.server().reservationId();

        proxy.linkDown();
        await("the desk offline").atMost(Duration.ofSeconds(40)).until(() -> !desk.engine().status().online());
        desk.engine().decide(id, CommandType.CONFIRM, "Mina", null);
        assertThat(desk.store().reservation(id).orElseThrow().status()).isEqualTo("CONFIRMED");
        backend.guests().cancel(order);
        await("the reservation cancelled on the server").atMost(Duration.ofSeconds(20))
                .until(() -> "CANCELLED".equals(backend.database().reservationStatus(id)));
        proxy.linkUp();

        await("the conflict recorded").atMost(Duration.ofSeconds(20))
                .until(() -> desk.engine().status().conflicts().size() == 1);
        var status = desk.engine().status();
        assertThat(status.queued()).isZero();
        assertThat(status.conflicts().get(0).reservationId()).isEqualTo(id);
        assertThat(status.conflicts().get(0).message()).contains("cancelled");
        assertThat(desk.store().reservation(id).orElseThrow().status()).isEqualTo("CANCELLED");
        assertThat(backend.database().historyLinesOf(desk.clientId())).isZero();

        desk.engine().dismissConflict(status.conflicts().get(0).id());
        assertThat(desk.engine().status().conflicts()).isEmpty();
    }

    @Test
    void anOfflineRejectionAfterAnotherDesksConfirmationIsAConflictAndRefundsNothing(@TempDir Path otherHome) {
        var order = backend.guests().book();
        UUID id = desk.awaitOrders(List.of(order), Duration.ofSeconds(20)).get(order.orderId()).server().reservationId();

        proxy.linkDown();
        await("the desk offline").atMost(Duration.ofSeconds(40)).until(() -> !desk.engine().status().online());
        desk.engine().decide(id, CommandType.REJECT, "Mina", "Pipe burst in the room");
        try (var other = new Desk(otherHome, backend.baseUrl()).started(backend)) {
            other.awaitOrders(List.of(order), Duration.ofSeconds(20));
            other.engine().decide(id, CommandType.CONFIRM, "Kim", null);
            await("confirmed at the other desk").atMost(Duration.ofSeconds(20))
                    .until(() -> "CONFIRMED".equals(backend.database().reservationStatus(id)));
        }
        proxy.linkUp();

        await("the conflict recorded").atMost(Duration.ofSeconds(20))
                .until(() -> desk.engine().status().conflicts().size() == 1);
        var conflict = desk.engine().status().conflicts().get(0);
        assertThat(conflict.outcome()).isEqualTo("CONFLICT");
        assertThat(conflict.message()).startsWith("Confirmed by Kim").contains("nothing was changed or refunded");
        assertThat(desk.store().reservation(id).orElseThrow().status()).isEqualTo("CONFIRMED");
        assertThat(backend.database().reservationStatus(id)).isEqualTo("CONFIRMED");
        assertThat(backend.database().count("SELECT count(*) FROM payment_refund WHERE order_id = ?", order.orderId()))
                .isZero();
    }

    @Test
    void appliesEveryDecisionOnceWhenAnswersAreLostAndTheLinkIsBad() {
        var orders = backend.guests().book(60);
        var reservations = desk.awaitOrders(orders, Duration.ofSeconds(30)).values().stream()
                .map(r -> r.server().reservationId()).toList();
        backend.rooms().assign(reservations);   // a guest is checked in to a room
        var firstHalf = reservations.subList(0, 30);
        var secondHalf = reservations.subList(30, 60);

        proxy.linkDown();
        firstHalf.forEach(this::confirmCheckInAndOut);
        proxy.loseAnswersToNextBatches(2);
        proxy.linkUp();
        desk.awaitDrained(Duration.ofSeconds(60));
        assertThat(proxy.lostAnswers()).isGreaterThanOrEqualTo(2);

        proxy.flaky(0.3, Duration.ofMillis(100), 0.2);
        for (var id : secondHalf) {
            confirmCheckInAndOut(id);
        }
        desk.awaitDrained(Duration.ofSeconds(120));
        proxy.healthy();
        assertThat(proxy.lostAnswers() + proxy.droppedConnections()).as("faults injected").isGreaterThan(2);

        UUID clientId = desk.clientId();
        assertThat(backend.database().commandsAnswered(clientId)).isEqualTo(180);
        assertThat(backend.database().lastSeq(clientId)).isEqualTo(180);
        assertThat(backend.database().historyLinesOf(clientId)).isEqualTo(180);
        assertThat(backend.database().doubledChangesOf(clientId)).isZero();
        assertThat(backend.database().count("SELECT count(*) FROM sync_command WHERE client_id = ? AND outcome <> 'APPLIED'",
                clientId)).isZero();
        for (var id : reservations) {
            assertThat(backend.database().reservationStatus(id)).isEqualTo("CHECKED_OUT");
            assertThat(desk.store().reservation(id).orElseThrow().status()).isEqualTo("CHECKED_OUT");
        }
        assertThat(desk.engine().status().conflicts()).isEmpty();
        assertThat(desk.store().position().lastAckedSeq()).isEqualTo(180);
    }

    @Test
    void pausesOnA401AndCarriesOnWithTheNextSignIn() {
        var orders = backend.guests().book(3);
        var ids = desk.awaitOrders(orders, Duration.ofSeconds(20)).values().stream()
                .map(r -> r.server().reservationId()).toList();

        backend.database().update("DELETE FROM staff_token");   // every token revoked, as on expiry
        ids.forEach(id -> desk.engine().decide(id, CommandType.CONFIRM, "Mina", null));

        await("sign-in required").atMost(Duration.ofSeconds(20))
                .until(() -> desk.engine().status().signInRequired());
        assertThat(desk.engine().status().queued()).isEqualTo(3);
        assertThat(desk.session().signedIn()).isFalse();
        assertThat(backend.database().commandsAnswered(desk.clientId())).isZero();

        desk.session().signIn("admin", backend.adminPassword());

        desk.awaitDrained(Duration.ofSeconds(20));
        await("the sign-in request cleared").atMost(Duration.ofSeconds(10))
                .until(() -> !desk.engine().status().signInRequired());
        for (var id : ids) {
            assertThat(backend.database().reservationStatus(id)).isEqualTo("CONFIRMED");
        }
        assertThat(backend.database().historyLinesOf(desk.clientId())).isEqualTo(3);
    }

    @Test
    void recoversWhenTheServerNoLongerKnowsTheDesk() {
        var orders = backend.guests().book(2);
        var ids = desk.awaitOrders(orders, Duration.ofSeconds(20)).values().stream()
                .map(r -> r.server().reservationId()).toList();
        desk.engine().decide(ids.get(0), CommandType.CONFIRM, "Mina", null);
        desk.awaitDrained(Duration.ofSeconds(20));
        UUID clientId = desk.clientId();

        // the server's database restored from a backup taken before this desk first synced
        backend.database().update("DELETE FROM sync_command WHERE client_id = ?", clientId);
        backend.database().update("DELETE FROM sync_client WHERE client_id = ?", clientId);
        desk.engine().decide(ids.get(1), CommandType.CONFIRM, "Mina", null);

        desk.awaitDrained(Duration.ofSeconds(20));   // it registered again as a new desk and sent its queue from 1
        assertThat(backend.database().reservationStatus(ids.get(1))).isEqualTo("CONFIRMED");
        UUID registeredAgain = desk.clientId();
        assertThat(registeredAgain).isNotEqualTo(clientId);
        assertThat(backend.database().lastSeq(registeredAgain)).isEqualTo(1);
        assertThat(desk.store().position().nextSeq()).isEqualTo(2);
        await("the answer applied").atMost(Duration.ofSeconds(20))
                .until(() -> desk.store().reservation(ids.get(1)).orElseThrow().status().equals("CONFIRMED"));
    }

    @Test
    void renumbersItsQueueAfterAGap() {
        var orders = backend.guests().book(2);
        var ids = desk.awaitOrders(orders, Duration.ofSeconds(20)).values().stream()
                .map(r -> r.server().reservationId()).toList();
        backend.rooms().assign(ids);
        desk.engine().decide(ids.get(0), CommandType.CONFIRM, "Mina", null);
        desk.engine().decide(ids.get(1), CommandType.CONFIRM, "Mina", null);
        desk.engine().decide(ids.get(1), CommandType.CHECK_IN, "Mina", null);
        desk.awaitDrained(Duration.ofSeconds(20));
        UUID clientId = desk.clientId();

        // a restored server that holds this desk's commands up to seq 1 only
        backend.database().update("DELETE FROM sync_command WHERE client_id = ? AND seq > 1", clientId);
        backend.database().update("UPDATE sync_client SET last_seq = 1 WHERE client_id = ?", clientId);
        desk.engine().decide(ids.get(0), CommandType.CHECK_IN, "Mina", null);   // seq 4 on the desk

        desk.awaitDrained(Duration.ofSeconds(20));
        assertThat(backend.database().reservationStatus(ids.get(0))).isEqualTo("CHECKED_IN");
        assertThat(backend.database().lastSeq(clientId)).isEqualTo(2);
        assertThat(desk.store().position().lastAckedSeq()).isEqualTo(2);
        assertThat(desk.store().position().nextSeq()).isEqualTo(3);
    }

    @Test
    void takesANewIdentityWhenAnotherComputerUsedItsNumbersAndLosesNoDecision() {
        var order = backend.guests().book();
        var id = desk.awaitOrders(List.of(order), Duration.ofSeconds(20)).get(order.orderId()).server().reservationId();
        backend.rooms().assign(id);
        desk.engine().decide(id, CommandType.CONFIRM, "Mina", null);
        desk.awaitDrained(Duration.ofSeconds(20));
        UUID clientId = desk.clientId();

        // another computer started from a copy of this desk's home has sent its own seq 2
        backend.database().update("UPDATE sync_client SET last_seq = 2 WHERE client_id = ?", clientId);
        desk.engine().decide(id, CommandType.CHECK_IN, "Mina", null);   // seq 2 on this desk

        desk.awaitDrained(Duration.ofSeconds(20));
        assertThat(desk.clientId()).isNotEqualTo(clientId);
        assertThat(backend.database().lastSeq(desk.clientId())).isEqualTo(1);
        assertThat(backend.database().reservationStatus(id)).isEqualTo("CHECKED_IN");
        assertThat(backend.database().lastSeq(clientId)).isEqualTo(2);   // the other computer's numbers stand
    }

    @Test
    void aRevokedDeskSendsNothingUntilAManagerSignsInAgain() {
        var order = backend.guests().book();
        var id = desk.awaitOrders(List.of(order), Duration.ofSeconds(20)).get(order.orderId()).server().reservationId();
        backend.rooms().assign(id);
        desk.engine().decide(id, CommandType.CONFIRM, "Mina", null);
        desk.awaitDrained(Duration.ofSeconds(20));
        UUID clientId = desk.clientId();

        backend.database().update("UPDATE sync_client SET revoked_at = now() WHERE client_id = ?", clientId);
        desk.engine().decide(id, CommandType.CHECK_IN, "Mina", null);

        await("the revocation shown").atMost(Duration.ofSeconds(20)).until(() -> desk.store().revoked()
                && String.valueOf(desk.engine().status().lastError()).contains("desk-revoked"));
        assertThat(desk.store().nextBatch(10)).hasSize(1);
        assertThat(backend.database().reservationStatus(id)).isEqualTo("CONFIRMED");
        desk.store().forgetRegistration();   // what a manager's sign-in on this desk does (DeskServices)
        desk.awaitDrained(Duration.ofSeconds(20));
        assertThat(backend.database().reservationStatus(id)).isEqualTo("CHECKED_IN");
        assertThat(desk.clientId()).isNotEqualTo(clientId);
    }

    @Test
    void drainsTheQueueHeldWhileTheBackendWasRestarted() throws Exception {
        var orders = backend.guests().book(20);
        var ids = desk.awaitOrders(orders, Duration.ofSeconds(30)).values().stream()
                .map(r -> r.server().reservationId()).toList();
        backend.rooms().assign(ids);

        backend.restart(() -> {
            await("the desk offline").atMost(Duration.ofSeconds(40)).until(() -> !desk.engine().status().online());
            ids.forEach(this::confirmCheckInAndOut);
            var status = desk.engine().status();
            assertThat(status.online()).isFalse();
            assertThat(status.queued()).isEqualTo(60);
        });

        desk.awaitDrained(Duration.ofSeconds(60));
        await("the desk online").atMost(Duration.ofSeconds(20)).until(() -> desk.engine().status().online());
        UUID clientId = desk.clientId();
        assertThat(backend.database().commandsAnswered(clientId)).isEqualTo(60);
        assertThat(backend.database().lastSeq(clientId)).isEqualTo(60);
        assertThat(backend.database().historyLinesOf(clientId)).isEqualTo(60);
        assertThat(backend.database().doubledChangesOf(clientId)).isZero();
        for (var id : ids) {
            assertThat(backend.database().reservationStatus(id)).isEqualTo("CHECKED_OUT");
            assertThat(desk.store().reservation(id).orElseThrow().status()).isEqualTo("CHECKED_OUT");
        }
        assertThat(desk.engine().status().conflicts()).isEmpty();
    }

    private void confirmCheckInAndOut(UUID id) {
        desk.engine().decide(id, CommandType.CONFIRM, "Mina", null);
        desk.engine().decide(id, CommandType.CHECK_IN, "Mina", null);
        desk.engine().decide(id, CommandType.CHECK_OUT, "Mina", null);
    }

}
