package gotohotel.desk.sync;

import gotohotel.desk.store.DeskHome;
import gotohotel.desk.store.DeskStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync engine without screens: opens the store under {@code $GOTOHOTEL_DESK_HOME}, signs in as
 * {@code $GOTOHOTEL_DESK_USER} with {@code $GOTOHOTEL_DESK_PASSWORD} and syncs with the server given as the
 * first argument — until killed, or with {@code --until-drained} until the queue is empty (exit 0).
 */
public final class HeadlessSync {

    private static final Logger log = LoggerFactory.getLogger(HeadlessSync.class);

    private HeadlessSync() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: HeadlessSync <server url> [--until-drained]");
            System.exit(2);
        }
        Map<String, String> environment = System.getenv();
        boolean untilDrained = args.length > 1 && "--until-drained".equals(args[1]);
        var settings = SyncSettings.defaults();
        var executor = Executors.newFixedThreadPool(2);
        try (var store = DeskStore.open(DeskHome.from(environment));
             var link = ServerLink.to(args[0], settings.requestTimeout())) {
            var session = new StaffSession(link, serverId -> {
                if (!store.claimFor(serverId == null ? null : serverId.toString(), args[0],
                        store.setting("server")).admitted()) {
                    // decision 28: the store holds another server's data; nothing may go to this one
                    throw new IllegalStateException("The desk store at " + DeskHome.from(environment).storeFile()
                            + " belongs to another GotoHotel server; nothing was sent to " + args[0]);
                }
            });
            signIn(session, environment.getOrDefault("GOTOHOTEL_DESK_USER", "admin"),
                    environment.getOrDefault("GOTOHOTEL_DESK_PASSWORD", ""));
            var engine = new SyncEngine(store, link, session, executor, Clock.systemUTC(), settings, new Random());
            engine.start();
            log.info("Desk {} syncing with {}: {} commands queued", store.position().clientId(), args[0],
                    store.queuedCount());
            var drained = new CountDownLatch(1);
            engine.addListener(status -> {
                if (untilDrained && status.online() && status.queued() == 0) {
                    drained.countDown();
                }
            });
            drained.await();
            engine.close();
            log.info("Queue drained");
        } finally {
            executor.shutdownNow();
        }
    }

    private static void signIn(StaffSession session, String username, String password) throws InterruptedException {
        var backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10), new Random());
        while (true) {
            try {
                session.signIn(username, password);
                return;
            } catch (StaffSession.SignInException e) {
                log.warn("{}", e.getMessage());
                Thread.sleep(backoff.next().toMillis());
            }
        }
    }
}
