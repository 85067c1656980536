package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.DeskServices;
import gotohotel.desk.service.DeskSetup;
import gotohotel.desk.service.SignInFailedException;
import gotohotel.desk.store.DeskHome;
import gotohotel.desk.store.DeskStore;
import gotohotel.shared.sync.CommandType;
import gotohotel.testkit.WholeProduct;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk store belongs to one GotoHotel server (decision 28): signed in to another one, over real HTTP against the
 * real backend, it sends none of its queued decisions there and fetches nothing, unless it holds nothing at all.
 */
@WholeProduct
@ExtendWith(Backend.Extension.class)
class DeskServerIdentityEndToEndTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String OTHER_HOTEL = "http://other-hotel.example:8088";
    private static Backend backend;

    @TempDir
    Path home;

    private final ExecutorService syncThreads = Executors.newCachedThreadPool();
    private final ScheduledExecutorService work = Executors.newSingleThreadScheduledExecutor();
    private DeskServices services;

    @BeforeAll
    static void backend(Backend running) {
        backend = running;
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
        syncThreads.shutdownNow();
        work.shutdownNow();
    }

    @Test
    void aDeskHoldingAnotherServersQueuedDecisionRefusesToSignInHereAndSendsNothing() {
        var order = backend.guests().book();
        var booking = deskSyncedWith(order.orderId());
        String statusBefore = backend.database().reservationStatus(booking.id());
        services.close();
        services = null;
        UUID otherServer = UUID.randomUUID();
        try (var store = DeskStore.open(new DeskHome(home).storeFile())) {
            store.decide(booking.id(), CommandType.CONFIRM, "admin", null, Instant.now());
            // as if this store had been filled by another server: its identity and address
            store.putSetting("server-id", otherServer.toString());
            store.putSetting("server-id-address", OTHER_HOTEL);
        }
        services = open();

        assertThatThrownBy(() -> services.access().signIn(backend.baseUrl(), "admin", backend.adminPassword()))
                .isInstanceOfSatisfying(SignInFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SignInFailedException.Reason.OTHER_SERVER);
                    assertThat(e.screenText()).contains(OTHER_HOTEL);
                });

        assertThat(services.bookings().status().online()).isFalse();
        services.close();
        services = null;
        try (var store = DeskStore.open(new DeskHome(home).storeFile())) {
            assertThat(store.queuedCount()).isEqualTo(1);
            assertThat(store.reservation(booking.id())).isPresent();
            assertThat(store.setting("server-id")).contains(otherServer.toString());
            assertThat(backend.database().count("SELECT count(*) FROM sync_command WHERE reservation_id = ?",
                    booking.id())).isZero();
        }
        assertThat(backend.database().reservationStatus(booking.id())).isEqualTo(statusBefore);
    }

    @Test
    void anEmptyDeskOfAnotherServerAdoptsThisOneAndSyncs() {
        try (var store = DeskStore.open(new DeskHome(home).created().storeFile())) {
            store.putSetting("server-id", UUID.randomUUID().toString());
            store.putSetting("server-id-address", OTHER_HOTEL);
        }
        var order = backend.guests().book();

        var booking = deskSyncedWith(order.orderId());

        assertThat(booking.orderId()).isEqualTo(order.orderId());
        assertThat(storeSetting("server-id")).contains(thisServer());
        assertThat(storeSetting("server-id-address")).contains(backend.baseUrl());
    }

    @Test
    void aStoreFromBeforeIdentitiesAdoptsTheFirstServerItSeesAndFollowsItToAnotherAddress() throws Exception {
        var order = backend.guests().book();
        deskSyncedWith(order.orderId());
        assertThat(storeSetting("server-id")).contains(thisServer());

        try (var moved = new FaultyProxy(backend.port())) {
            services = open();
            assertThat(services.access().signIn(moved.baseUrl(), "admin", backend.adminPassword()))
                    .isEqualTo(AccessService.Mode.ONLINE);
            await("online at the new address").atMost(PATIENCE).until(() -> services.bookings().status().online());
            assertThat(storeSetting("server-id-address")).contains(moved.baseUrl());
        }
    }

    /** Opens the desk, signs in online and waits until it holds the reservation of the order. */
    private DeskBooking deskSyncedWith(UUID orderId) {
        if (services == null) {
            services = open();
        }
        assertThat(services.access().signIn(backend.baseUrl(), "admin", backend.adminPassword()))
                .isEqualTo(AccessService.Mode.ONLINE);
        await("the desk holds the paid order's reservation").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> services.bookings().bookings().stream().anyMatch(b -> b.orderId().equals(orderId)));
        return services.bookings().bookings().stream().filter(b -> b.orderId().equals(orderId)).findFirst().orElseThrow();
    }

    private DeskServices open() {
        return DeskServices.open(new DeskSetup(home, Clock.systemUTC(), Duration.ofSeconds(1)), syncThreads, work);
    }

    /** Reads a setting of the desk's store (the desk closed first, if open). */
    private java.util.Optional<String> storeSetting(String name) {
        if (services != null) {
            services.close();
            services = null;
        }
        try (var store = DeskStore.open(new DeskHome(home).storeFile())) {
            return store.setting(name);
        }
    }

    private String thisServer() {
        return backend.database().text("SELECT server_id::text FROM server_identity WHERE id = 1");
    }
}
