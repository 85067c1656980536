package gotohotel.desk.service;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.store.StaffCredential;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.ReservationSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk with 100,000 reservations in its local store (run with {@code -Ddesk.benchmark=true}): this test
 * fills a store, then starts the desk in a JVM of its own ({@link DeskUiBenchmarkMain}, headless under
 * Monocle) that signs in offline and measures launch to a usable table, search and quick views, and its
 * resident memory. Figures go to the log and {@code target/desk-ui-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "desk.benchmark", matches = "true")
class DeskUiBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DeskUiBenchmark.class);
    static final int RESERVATIONS = Integer.getInteger("desk.benchmark.reservations", 100_000);
    static final String USER = "bench";
    static final String PASSWORD = "bench-password";
    private static final String[] FAMILY = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
        "Smith", "Martin", "Tanaka", "Weber", "Silva", "Brown"};
    private static final String[] GIVEN = {"Min-ji", "Jun-ho", "Seo-yeon", "Ha-eun", "Do-hyun", "Ji-woo", "Emily",
        "Lucas", "Yui", "Daniel", "Sophie", "Oliver", "Na-rae", "Ye-jin", "Su-min", "Woo-jin"};
    private static final String[] TYPES = {"STANDARD", "DELUXE", "FAMILY", "SUITE"};
    private static final String[] STATUSES = {"PENDING_CONFIRMATION", "CONFIRMED", "CONFIRMED", "CHECKED_IN",
        "CHECKED_OUT", "CHECKED_OUT", "CANCELLED", "REJECTED"};

    @TempDir
    Path home;

    @Test
    void measuresTheDeskWithAHundredThousandReservations() throws Exception {
        // -Ddesk.benchmark.home=DIR keeps the filled store there for runs by hand (filled only when missing)
        String kept = System.getProperty("desk.benchmark.home");
        Path home = kept == null ? this.home : Files.createDirectories(Path.of(kept));
        long started = System.nanoTime();
        if (kept == null || Files.notExists(home.resolve("desk.db"))) {
            fill(home.resolve("desk.db"), RESERVATIONS);
        }
        log.info("Filled the store with {} reservations in {} ms", RESERVATIONS, (System.nanoTime() - started) / 1_000_000);
        try (var store = DeskStore.open(home.resolve("desk.db"))) {
            for (int run = 0; run < 3; run++) {
                long read = System.nanoTime();
                var rows = store.everyReservation();
                long mapped = System.nanoTime();
                var values = new java.util.HashMap<Object, Object>();
                var bookings = rows.stream().map(r -> DeskBookings.booking(r, values)).toList();
                log.info("Read {} reservations in {} ms, mapped in {} ms", bookings.size(),
                        (mapped - read) / 1_000_000, (System.nanoTime() - mapped) / 1_000_000);
            }
        }

        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> sharing = List.of();
        if (Boolean.getBoolean("desk.benchmark.cds")) {
            // -Ddesk.benchmark.cds=true: as the launcher does, a first run records the classes the desk loads in an
            // archive and the measured run maps them (class-data sharing reads jars only, not class directories)
            classPath = jarredClassPath(classPath);
            Path archive = Path.of("target", "desk-ui-benchmark.jsa").toAbsolutePath();
            Files.deleteIfExists(archive);
            run(desk(classPath, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off"), home),
                    Path.of("target", "desk-ui-benchmark-recording.txt"));
            sharing = List.of("-XX:SharedArchiveFile=" + archive, "-XX:+VerifySharedSpaces", "-Xlog:cds*=off");
        }
        String report = run(desk(classPath, sharing, home), Path.of("target", "desk-ui-benchmark.txt"));
        log.info("Desk UI benchmark:\n{}", report);
    }

    private static List<String> desk(String classPath, List<String> sharing, Path home) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dprism.order=sw",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1920x1200-32",
                "-Dprism.text=t2k", "-Djava.awt.headless=true"));
        String heap = System.getProperty("desk.benchmark.jvm");
        if (heap != null && !heap.isBlank()) {
            command.addAll(List.of(heap.split(" ")));
        }
        command.addAll(sharing);
        command.addAll(List.of(DeskUiBenchmarkMain.class.getName(), home.toString()));
        return command;
    }

    private static String run(List<String> command, Path output) throws Exception {
        Files.createDirectories(output.getParent());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("MALLOC_ARENA_MAX", System.getProperty("desk.benchmark.arenas", "2"));
        // as the launcher: blocks of 128 KB and more straight from and back to the system (-Ddesk.benchmark.mmap=
        // with nothing after it: glibc's own threshold, which grows up to 32 MB after large blocks are freed)
        String mmap = System.getProperty("desk.benchmark.mmap", "131072");
        if (!mmap.isBlank()) {
            builder.environment().put("MALLOC_MMAP_THRESHOLD_", mmap);
        }
        var process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the desk benchmark finished").isTrue();
        String report = Files.readString(output);
        assertThat(process.exitValue()).as(report).isZero();
        return report;
    }

    /** The class path with its class directories packed into one jar, and nothing but jars. */
    private static String jarredClassPath(String classPath) throws IOException {
        Path jar = Path.of("target", "desk-ui-benchmark.jar").toAbsolutePath();
        var entries = new ArrayList<String>(List.of(jar.toString()));
        var packed = new java.util.HashSet<String>();
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    try (var files = Files.walk(path)) {
                        for (Path file : files.filter(Files::isRegularFile).toList()) {
                            String name = path.relativize(file).toString().replace('\\', '/');
                            if (!packed.add(name)) {
                                continue;   // the first on the class path wins, as it does when loading
                            }
                            out.putNextEntry(new java.util.jar.JarEntry(name));
                            Files.copy(file, out);
                            out.closeEntry();
                        }
                    }
                } else if (entry.endsWith(".jar")) {
                    entries.add(entry);
                }
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The rack's hotel: 300 rooms, numbered by floor, per type. */
    static final int[] ROOMS_PER_TYPE = {120, 100, 60, 20};

    static void fill(Path file, int count) throws IOException {
        var random = new Random(42);
        var today = LocalDate.now();
        var rooms = new Rooms(today);
        try (var store = DeskStore.open(file)) {
            store.applyDownload(null, new ChangesPage(List.of(), "rooms", true, null, null, rooms.snapshots()),
                    Instant.now());
            var hash = new PasswordHasher().hash(PASSWORD);
            store.remember(new StaffCredential(USER, hash.algorithm(), hash.iterations(), hash.salt(), hash.hash(),
                    Instant.now(), null));
            for (int page = 0; page * 1000 < count; page++) {
                var changes = new ArrayList<ReservationSnapshot>();
                for (int i = page * 1000; i < Math.min(count, (page + 1) * 1000); i++) {
                    var checkIn = today.plusDays(random.nextInt(120) - 60);
                    int nights = 1 + random.nextInt(4);
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    int type = random.nextInt(TYPES.length);
                    changes.add(new ReservationSnapshot(UUID.randomUUID(), UUID.randomUUID(), status, 1,
                            FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)] + " " + i,
                            String.format("010-%04d-%04d", random.nextInt(10000), i % 10000),
                            TYPES[type], checkIn, checkIn.plusDays(nights), 1 + random.nextInt(3),
                            new BigDecimal(120_000L * nights), "KRW", Instant.now(), "guest",
                            rooms.assign(type, status, checkIn, checkIn.plusDays(nights))));
                }
                store.applyDownload(null, new ChangesPage(changes, "c" + page, true), Instant.now());
            }
        }
    }

    /**
     * The rack's rooms, and a room for each stay that holds one around the next 14 nights while one of its type is
     * free for all its nights (first come, first served); the others are left without a room, as at a busy hotel.
     */
    private static final class Rooms {

        private final LocalDate first;
        /** Per type, per room: the nights (from {@code first} - 10) it is held. */
        private final boolean[][][] held = new boolean[TYPES.length][][];

        Rooms(LocalDate today) {
            this.first = today.minusDays(10);
            for (int type = 0; type < TYPES.length; type++) {
                held[type] = new boolean[ROOMS_PER_TYPE[type]][40];
            }
        }

        List<gotohotel.shared.sync.RoomSnapshot> snapshots() {
            var snapshots = new ArrayList<gotohotel.shared.sync.RoomSnapshot>();
            var marks = gotohotel.shared.api.HousekeepingStatus.values();
            for (int type = 0; type < TYPES.length; type++) {
                for (int room = 0; room < ROOMS_PER_TYPE[type]; room++) {
                    var outOfOrder = room % 37 == 5 ? List.of(new gotohotel.shared.api.RoomView.OutOfOrder(room,
                            first.plusDays(13), first.plusDays(16), "repair")) : List.<gotohotel.shared.api.RoomView.OutOfOrder>of();
                    snapshots.add(new gotohotel.shared.sync.RoomSnapshot(UUID.randomUUID(), number(type, room),
                            TYPES[type], marks[room % 3], room % 29 == 3, outOfOrder, 1, Instant.now(), "bench"));
                }
            }
            return snapshots;
        }

        List<gotohotel.shared.sync.AssignedRoom> assign(int type, String status, LocalDate checkIn,
                                                          LocalDate checkOut) {
            int from = (int) (checkIn.toEpochDay() - first.toEpochDay());
            int until = (int) (checkOut.toEpochDay() - first.toEpochDay());
            if (!List.of("CONFIRMED", "CHECKED_IN").contains(status) || from < 0 || until > 40) {
                return List.of();
            }
            for (int room = 0; room < held[type].length; room++) {
                boolean free = true;
                for (int night = from; night < until && free; night++) {
                    free = !held[type][room][night];
                }
                if (free) {
                    for (int night = from; night < until; night++) {
                        held[type][room][night] = true;
                    }
                    return List.of(new gotohotel.shared.sync.AssignedRoom(number(type, room), checkIn, checkOut));
                }
            }
            return List.of();
        }

        /** STANDARD on floors 1–6, DELUXE 7–11, FAMILY 12–14, SUITE 15: 20 rooms a floor. */
        private static String number(int type, int room) {
            int floor = 1 + room / 20 + java.util.stream.IntStream.range(0, type).map(t -> ROOMS_PER_TYPE[t] / 20).sum();
            return floor + String.format("%02d", 1 + room % 20);
        }
    }
}
