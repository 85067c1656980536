package gotohotel.desk.sync;

import static org.awaitility.Awaitility.await;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.store.LocalReservation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A desk installation for a test: its own store file, link, session and engine (quick backoff). */
final class Desk implements AutoCloseable {

    static final SyncSettings SETTINGS = new SyncSettings(500, 1000, 25, Duration.ofMillis(50), Duration.ofSeconds(1),
            Duration.ofSeconds(2));

    private final DeskStore store;
    private final ServerLink link;
    private final StaffSession session;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final SyncEngine engine;

    Desk(Path home, String baseUrl) {
        this.store = DeskStore.open(home.resolve("desk.db"));
        this.link = ServerLink.to(baseUrl, SETTINGS.requestTimeout());
        this.session = new StaffSession(link);
        this.engine = new SyncEngine(store, link, session, executor, Clock.systemUTC(), SETTINGS, new Random());
    }

    /** Signs in as the admin and starts syncing. */
    Desk started(Backend backend) {
        session.signIn("admin", backend.adminPassword());
        engine.start();
        return this;
    }

    DeskStore store() {
        return store;
    }

    SyncEngine engine() {
        return engine;
    }

    StaffSession session() {
        return session;
    }

    UUID clientId() {
        return store.position().clientId();
    }

    /** Waits until the desk holds the reservations of these orders; returns them by order id. */
    Map<UUID, LocalReservation> awaitOrders(Collection<Guests.PaidOrder> orders, Duration atMost) {
        var wanted = orders.stream().map(Guests.PaidOrder::orderId).collect(Collectors.toSet());
        await("the desk holds " + wanted.size() + " reservations").atMost(atMost).pollInterval(Duration.ofMillis(50))
                .until(() -> byOrder().keySet().containsAll(wanted));
        return byOrder().entrySet().stream().filter(e -> wanted.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<UUID, LocalReservation> byOrder() {
        return store.reservations().stream()
                .collect(Collectors.toMap(r -> r.server().orderId(), Function.identity()));
    }

    void awaitDrained(Duration atMost) {
        await("the queue drained").atMost(atMost).pollInterval(Duration.ofMillis(50))
                .until(() -> store.queuedCount() == 0);
    }

    @Override
    public void close() {
        engine.close();
        executor.shutdownNow();
        store.close();
    }
}
