package gotohotel.desk.sync;

import static org.awaitility.Awaitility.await;

import gotohotel.testkit.ProductDatabase;
import gotohotel.testkit.ProductLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole product as a user starts it ({@code ./gotohotel server}: PostgreSQL, Kafka, the backend), started
 * once for all the desk tests of a run and stopped at its end. Test classes take it as a parameter.
 */
public final class Backend implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Backend.class);

    private final ProductLauncher launcher;
    private final Path home;
    private final Guests guests;
    private final StaffAccounts staff;

    private Backend(Path home) throws IOException {
        this.home = home;
        this.launcher = new ProductLauncher(home, List.of());
        launcher.start();
        this.guests = new Guests(launcher.baseUrl());
        this.staff = new StaffAccounts(launcher.baseUrl(), ProductLauncher.ADMIN_PASSWORD);
        staff.ensure("Mina", "Mina Seo", "RECEPTIONIST");   // the receptionists the tests' decisions name
        staff.ensure("Kim", "Kim Jiwoo", "RECEPTIONIST");
    }

    public StaffAccounts staff() {
        return staff;
    }

    /** Rooms given to stays through the staff API (a guest is checked in to a room). */
    public Rooms rooms() {
        return new Rooms(launcher.baseUrl(), ProductLauncher.ADMIN_PASSWORD);
    }

    /**
     * A product of the caller's own (its own home, database and broker), for a test that must not disturb the one
     * the other tests share; the caller closes it.
     */
    static Backend ownIn(Path home) throws IOException {
        return new Backend(home);
    }

    /** The bundled PostgreSQL's data directory (the whole cluster), or empty when the product uses the user's own. */
    java.util.Optional<Path> databaseCluster() {
        return System.getenv("GOTOHOTEL_DB_URL") != null ? java.util.Optional.empty()
                : java.util.Optional.of(home.resolve("postgres"));
    }

    public String baseUrl() {
        return launcher.baseUrl();
    }

    public int port() {
        return Integer.parseInt(baseUrl().substring(baseUrl().lastIndexOf(':') + 1));
    }

    String managementUrl() {
        return launcher.managementUrl();
    }

    List<ProcessHandle> processes() {
        return launcher.processes();
    }

    public ProductDatabase database() {
        return launcher.database();
    }

    public Guests guests() {
        return guests;
    }

    public String adminPassword() {
        return ProductLauncher.ADMIN_PASSWORD;
    }

    /**
     * Stops the whole product with SIGTERM to each of its processes and starts it again on the same home and
     * ports; {@code whileDown} runs in between.
     */
    void restart(ThrowingRunnable whileDown) throws Exception {
        launcher.terminateEverything();
        try {
            whileDown.run();
        } finally {
            launcher.start();   // the other tests of the run share this backend
            awaitOrdersFlowing();
        }
    }

    /**
     * Waits until a paid order becomes a reservation again: after every process got SIGTERM at once, the
     * consumers' old group members may still hold their partitions in the broker until their session times out.
     */
    private void awaitOrdersFlowing() {
        long started = System.nanoTime();
        var order = guests.book();
        await("a paid order becomes a reservation after the restart").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> database().reservationsOf(order.orderId()) == 1);
        log.info("After the restart the first paid order became a reservation in {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public void close() throws Exception {
        try {
            launcher.stop();
        } finally {
            launcher.destroyQuietly();
            try (var files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Resolves a {@link Backend} parameter: the one of this test run, started on first use. */
    public static final class Extension implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Backend.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Backend.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Backend.class, key -> {
                try {
                    return new Backend(Files.createTempDirectory("gotohotel-desk-tests-"));
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot start the backend", e);
                }
            }, Backend.class);
        }
    }
}
