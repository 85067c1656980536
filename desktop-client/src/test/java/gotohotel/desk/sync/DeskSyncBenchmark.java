package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.desk.store.DeskStore;
import gotohotel.shared.sync.CommandType;
import gotohotel.testkit.WholeProduct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front desk's sync benchmarks (issue 6) against the product started by the launcher (its own PostgreSQL
 * and Kafka), one after the other so that each runs alone on the machine. Not a test: run by
 * {@code benchmarks/run-desk.sh} (property {@code desk.benchmark=true}); figures go to the log and to
 * {@code target/desk-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "desk.benchmark", matches = "true")
@WholeProduct
@ExtendWith(Backend.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskSyncBenchmark {

    private static final int LAG_ORDERS = Integer.getInteger("desk.benchmark.lagOrders", 200);
    private static final int DRAIN_COMMANDS = Integer.getInteger("desk.benchmark.commands", 10_000);
    private static final int INITIAL_RESERVATIONS = Integer.getInteger("desk.benchmark.reservations", 100_000);
    private static final Path REPORT = Path.of("target", "desk-benchmark.txt");

    private static Backend backend;

    @TempDir
    Path home;

    @BeforeAll
    static void backend(Backend running) throws IOException {
        backend = running;
        report("%n== Front-desk sync benchmark, %s, %d cores ==", LocalDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors());
    }

    /** (b) A paid order's reservation reaching the desk's SQLite file, measured from the 201, one order at a time. */
    @Test
    @Order(1)
    void paidOrderToTheDesk() throws Exception {
        backend.guests().book(20);   // warm-up: the ordering path and the consumers
        try (var desk = new Desk(home, backend.baseUrl()).started(backend);
             var file = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("desk.db"))) {
            await("first download complete").atMost(Duration.ofSeconds(60))
                    .until(() -> downloaded(desk.store()));
            var seen = file.prepareStatement("SELECT count(*) FROM reservation WHERE order_id = ?");
            long[] lags = new long[LAG_ORDERS];
            for (int i = 0; i < LAG_ORDERS; i++) {
                var order = backend.guests().book();
                long answered = System.nanoTime();
                seen.setString(1, order.orderId().toString());
                while (!exists(seen)) {
                    if (System.nanoTime() - answered > TimeUnit.SECONDS.toNanos(30)) {
                        throw new AssertionError("order " + order.orderId() + " not on the desk after 30 s");
                    }
                    Thread.onSpinWait();
                    TimeUnit.MICROSECONDS.sleep(500);   // polling a file, not waiting for an outcome
                }
                lags[i] = System.nanoTime() - answered;
            }
            Arrays.sort(lags);
            report("(b) paid order -> desk store, %d orders one after another: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
                    + " max %.1f ms", LAG_ORDERS, ms(percentile(lags, 50)), ms(percentile(lags, 90)),
                    ms(percentile(lags, 99)), ms(lags[lags.length - 1]));
        }
    }

    /** (a) A queue of commands decided offline, drained once the desk reaches the server again. */
    @Test
    @Order(2)
    void offlineQueueDrain() throws Exception {
        int reservations = (DRAIN_COMMANDS + 2) / 3;
        var orders = backend.guests().book(reservations);
        List<UUID> ids;
        try (var desk = new Desk(home, backend.baseUrl()).started(backend)) {
            ids = desk.awaitOrders(orders, Duration.ofMinutes(5)).values().stream()
                    .map(r -> r.server().reservationId()).toList();
        }
        backend.rooms().assign(ids);   // before the desk's check-ins: a guest is checked in to a room
        UUID clientId;
        long queuedIn;
        try (var store = DeskStore.open(home.resolve("desk.db"))) {
            long started = System.nanoTime();
            int queued = 0;
            for (var type : List.of(CommandType.CONFIRM, CommandType.CHECK_IN, CommandType.CHECK_OUT)) {
                for (var id : ids) {
                    if (queued++ < DRAIN_COMMANDS) {
                        store.decide(id, type, "Mina", null, Instant.now());
                    }
                }
            }
            queuedIn = System.nanoTime() - started;
            clientId = store.position().clientId();
            assertThat(store.queuedCount()).isEqualTo(DRAIN_COMMANDS);
        }
        await("the backend idle after the orders").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ofSeconds(5))
                .until(() -> backend.database().count(
                        "SELECT count(*) FROM event_publication WHERE completion_date IS NULL") == 0);

        try (var desk = new Desk(home, backend.baseUrl())) {
            desk.session().signIn("admin", backend.adminPassword());
            var before = cpu();
            var batchesBefore = batchTimer();
            long started = System.nanoTime();
            desk.engine().start();
            await("the queue drained").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> desk.store().queuedCount() == 0);
            long drained = System.nanoTime() - started;
            var after = cpu();
            var batchesAfter = batchTimer();
            double seconds = drained / 1e9;
            report("(a) %d commands queued offline (in %.1f s on the desk), drained in %.2f s = %.0f commands/s;"
                    + " CPU s during the drain: backend %.1f, PostgreSQL %.1f, Kafka %.1f (of %.1f available)",
                    DRAIN_COMMANDS, queuedIn / 1e9, seconds, DRAIN_COMMANDS / seconds, after[0] - before[0],
                    after[1] - before[1], after[2] - before[2], seconds * Runtime.getRuntime().availableProcessors());
            report("    on the server: %.0f batches, %.2f s in their transactions (commit included); %s",
                    batchesAfter[0] - batchesBefore[0], batchesAfter[1] - batchesBefore[1],
                    backend.database().lines("""
                    SELECT 'first to last commit ' || round(extract(epoch FROM max(applied_at) - min(applied_at))::numeric,
                        2) || ' s' FROM sync_command WHERE client_id = '%s'""".formatted(clientId)));
            double[][] last = {cpu()};
            await("the server idle again (consumers caught up)").atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        var now = cpu();
                        double busy = now[0] + now[1] + now[2] - last[0][0] - last[0][1] - last[0][2];
                        last[0] = now;
                        return busy < 0.15;   // CPU s in the last second: the consumers have caught up
                    });
            double idleAfter = (System.nanoTime() - started) / 1e9;
            report("    until the server is idle again (%.1f s after the drain's start): CPU s backend %.1f, PostgreSQL"
                    + " %.1f, Kafka %.1f = %.1f ms per command", idleAfter, last[0][0] - before[0],
                    last[0][1] - before[1], last[0][2] - before[2],
                    (last[0][0] + last[0][1] + last[0][2] - before[0] - before[1] - before[2]) * 1000 / DRAIN_COMMANDS);
            assertThat(backend.database().commandsAnswered(clientId)).isEqualTo(DRAIN_COMMANDS);
            assertThat(backend.database().historyLinesOf(clientId)).isEqualTo(DRAIN_COMMANDS);
        }
    }

    /** (c) An empty desk downloading every reservation; the desk is a JVM of its own so its memory is its own. */
    @Test
    @Order(3)
    void initialSyncIntoAnEmptyStore() throws Exception {
        insertReservations(INITIAL_RESERVATIONS);
        long expected = backend.database().count("""
                SELECT count(*) FROM reservation WHERE check_out >= current_date - 30""");
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("desk.benchmark.deskHeap", "-Xmx256m"), "-cp", System.getProperty("java.class.path"),
                HeadlessSync.class.getName(), backend.baseUrl());
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "desk-benchmark-initial.log").toFile());
        builder.environment().put(gotohotel.desk.store.DeskHome.VARIABLE, home.toString());
        builder.environment().put("GOTOHOTEL_DESK_PASSWORD", backend.adminPassword());
        long started = System.nanoTime();
        var desk = builder.start();
        try {
            await("the desk created its store").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> Files.exists(home.resolve("desk.db")));
            long[] peakRss = {0};
            try (var file = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("desk.db"))) {
                await("every reservation on the desk").atMost(Duration.ofMinutes(15))
                        .pollInterval(Duration.ofMillis(50))
                        .ignoreExceptions().until(() -> {
                            peakRss[0] = Math.max(peakRss[0], status(desk.pid(), "VmRSS"));
                            return downloaded(file) && count(file) >= expected;
                        });
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long rss = status(desk.pid(), "VmRSS");
            long hwm = status(desk.pid(), "VmHWM");
            report("(c) initial sync of %d reservations into an empty store (desk JVM %s, from its start): %.1f s ="
                    + " %.0f reservations/s; desk RSS %d MB after, peak %d MB; store file %d MB",
                    expected, System.getProperty("desk.benchmark.deskHeap", "-Xmx256m"), seconds, expected / seconds,
                    rss / 1024, Math.max(hwm, peakRss[0]) / 1024,
                    (Files.size(home.resolve("desk.db")) + sizeOrZero(home.resolve("desk.db-wal"))) / (1024 * 1024));
        } finally {
            desk.destroy();
            desk.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Reservations written straight into the server's database, each with its own feed position. */
    private static void insertReservations(int count) throws SQLException {
        var database = backend.database();
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("""
                    WITH counter AS (
                        UPDATE reservation_change_counter SET last_position = last_position + ? WHERE id = 1
                        RETURNING last_position - ? AS base)
                    INSERT INTO reservation (id, order_id, version, status, guest_name, phone, room_type, check_in,
                        check_out, guest_count, amount, currency, updated_by, created_at, updated_at, change_position)
                    SELECT gen_random_uuid(), gen_random_uuid(), 0, 'PENDING_CONFIRMATION', 'Bench Guest ' || g,
                        '010-5555-' || lpad((g % 10000)::text, 4, '0'), 'STANDARD', current_date + 400 + g % 300,
                        current_date + 401 + g % 300, 2, 180000.00, 'KRW', 'benchmark', now(), now(), counter.base + g
                    FROM counter, generate_series(1, ?) AS g""")) {
                insert.setInt(1, count);
                insert.setInt(2, count);
                insert.setInt(3, count);
                insert.executeUpdate();
            }
            connection.commit();
        }
    }

    private static boolean downloaded(DeskStore store) {
        String cursor = store.position().cursor();
        return cursor != null && !cursor.startsWith("s");
    }

    private static boolean downloaded(Connection file) throws SQLException {
        try (var rows = file.createStatement().executeQuery("SELECT cursor FROM sync_state")) {
            if (!rows.next()) {
                return false;
            }
            String cursor = rows.getString(1);
            return cursor != null && !cursor.startsWith("s");
        }
    }

    private static long count(Connection file) throws SQLException {
        try (var rows = file.createStatement().executeQuery("SELECT count(*) FROM reservation")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean exists(java.sql.PreparedStatement seen) throws SQLException {
        try (var rows = seen.executeQuery()) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

    /** The backend's batch timer ({@code gotohotel.sync.batches}): count and total seconds. */
    private static double[] batchTimer() throws IOException, InterruptedException {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(backend.managementUrl() + "/prometheus"))
                .timeout(Duration.ofSeconds(10)).build();
        String text = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        double[] figures = new double[2];
        for (String line : text.lines().toList()) {
            if (line.startsWith("gotohotel_sync_batches_seconds_count")) {
                figures[0] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("gotohotel_sync_batches_seconds_sum")) {
                figures[1] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return figures;
    }

    /** CPU seconds (user + system) of the backend, PostgreSQL's processes and the broker. */
    private static double[] cpu() throws IOException {
        double[] seconds = new double[3];
        for (var process : backend.processes()) {
            String commandLine = process.info().commandLine().orElse("");
            int slot = commandLine.contains("gotohotel-backend.jar") ? 0
                    : commandLine.contains("postgres") ? 1 : commandLine.contains("kafka.Kafka") ? 2 : -1;
            if (slot >= 0) {
                seconds[slot] += cpuSeconds(process.pid());
            }
        }
        return seconds;
    }

    private static double cpuSeconds(long pid) throws IOException {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;   // utime, stime; USER_HZ 100
        } catch (java.nio.file.NoSuchFileException gone) {
            return 0;
        }
    }

    /** A kB figure of /proc/&lt;pid&gt;/status. */
    private static long status(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith(field + ":"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
    }

    private static long sizeOrZero(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void report(String format, Object... arguments) throws IOException {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println(line);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
