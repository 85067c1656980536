package gotohotel.desk.service;

import gotohotel.desk.app.DeskConfig;
import gotohotel.desk.app.DeskWindow;
import gotohotel.desk.viewmodel.BookingRow;
import gotohotel.desk.viewmodel.RackRow;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The measuring half of {@link DeskUiBenchmark}, in a fresh JVM: starts the desk on a filled store, signs in
 * offline (the server address answers nothing), waits for the full table, then times searches and quick views
 * on the FX thread and reads the process's resident memory.
 */
public final class DeskUiBenchmarkMain {

    private DeskUiBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        // as DeskLauncher does: the store opens and the bookings are read while the toolkit starts
        var opening = DeskWindow.opening(new DeskConfig(new DeskSetup(Path.of(args[0]), Clock.systemDefaultZone(),
                Duration.ofSeconds(30)), "http://127.0.0.1:9", Locale.ENGLISH));
        FxToolkit.registerPrimaryStage();
        var window = opening.join();
        // the form counts as shown at the first pulse that lays it out (drawing follows on the render thread).
        // -Ddesk.benchmark.typing=MS: how long staff take to type the password (the desk prepares meanwhile); 0
        // (the default) presses Enter the moment the form is shown. The keys go to the FX thread as a person's do:
        // queued behind what it is doing at that moment, from the first pulse on, not when setupStage returns
        // (which waits until the FX thread has nothing left to do, letting the desk's own preparation go first).
        long typing = Long.getLong("desk.benchmark.typing", 0);
        var robot = new FxRobot();
        var firstPulse = new java.util.concurrent.atomic.AtomicLong();
        var enterPressed = new java.util.concurrent.CompletableFuture<Long>();
        // while staff type, the FX thread must stay free for their keystrokes: a key pressed every 10 ms (an event
        // queued to the FX thread) and the longest any of them waited
        var typist = new TypingProbe();
        var staff = new Thread(() -> {
            try {
                if (typing > 0) {
                    typist.start();
                }
                Thread.sleep(Math.max(0, firstPulse.get() + typing - System.currentTimeMillis()));
                typist.stop();
                long pressed = System.currentTimeMillis();
                // as staff pressing Enter in the password field (the sign-in button is the default button); a
                // robot's mouse click would add half a second of animated pointer travel that no person waits for
                javafx.application.Platform.runLater(() -> {
                    robot.lookup("#username").queryAs(TextField.class).setText(DeskUiBenchmark.USER);
                    robot.lookup("#password").queryAs(TextField.class).setText(DeskUiBenchmark.PASSWORD);
                    robot.lookup("#signIn").queryButton().fire();
                });
                enterPressed.complete(pressed);
            } catch (InterruptedException e) {
                enterPressed.completeExceptionally(e);
            }
        }, "staff");
        FxToolkit.setupStage(stage -> {
            window.show(stage);
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (firstPulse.compareAndSet(0, System.currentTimeMillis())) {
                    staff.start();
                }
            });
        });
        long shown = firstPulse.get();
        long signInClicked = enterPressed.get();
        long usable;
        while (true) {
            var table = robot.lookup("#bookings").tryQuery();
            if (table.isPresent() && on(() -> shownOnScreen(table.get())
                    && ((TableView<?>) table.get()).getItems().size() == DeskUiBenchmark.RESERVATIONS)) {
                WaitForAsyncUtils.waitForFxEvents();
                usable = System.currentTimeMillis();
                break;
            }
            Thread.sleep(5);   // a benchmark's own polling loop, not a test wait
        }
        System.out.printf("reservations in the store: %d%n", DeskUiBenchmark.RESERVATIONS);
        System.out.printf("JVM start to sign-in form shown: %d ms%n", shown - jvmStart);
        System.out.printf("sign-in clicked (offline, PBKDF2 check) to full table: %d ms%n", usable - signInClicked);
        System.out.printf("JVM start to usable table, minus the %d ms staff took to type: %d ms%n", typing,
                usable - jvmStart - typing);
        if (typing > 0) {
            System.out.printf("while typing: %d keystrokes, the longest waited %d ms for the FX thread%n",
                    typist.keys(), typist.longestWait());
        }

        rackAhead(robot, usable);

        TableView<BookingRow> table = robot.lookup("#bookings").queryTableView();
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        for (String text : new String[] {"kim", "kim min-ji 4", "010-12", "park seo-yeon 99999", ""}) {
            for (int warm = 0; warm < 2; warm++) {
                long took = timed(() -> search.setText(text + (text.isEmpty() ? "" : " ")));
                took = timed(() -> search.setText(text));
                if (warm == 1) {
                    System.out.printf("search %-22s %5d rows  %4d ms%n", "\"" + text + "\"",
                            on(() -> table.getItems().size()), took);
                }
            }
        }
        for (String view : new String[] {"ARRIVALS_TODAY", "PENDING_CONFIRMATION", "IN_HOUSE", "DEPARTURES_TODAY",
            "ALL"}) {
            ToggleButton toggle = robot.lookup("#view-" + view).queryAs(ToggleButton.class);
            long took = timed(toggle::fire);
            System.out.printf("quick view %-20s %5d rows  %4d ms%n", view, on(() -> table.getItems().size()), took);
        }
        var guest = table.getColumns().get(0);
        for (var direction : new javafx.scene.control.TableColumn.SortType[] {
            javafx.scene.control.TableColumn.SortType.ASCENDING, javafx.scene.control.TableColumn.SortType.DESCENDING,
            javafx.scene.control.TableColumn.SortType.ASCENDING}) {
            long sorted = timed(() -> {
                guest.setSortType(direction);
                table.getSortOrder().setAll(java.util.List.of(guest));
            });
            System.out.printf("sort %d rows by guest, %s: %d ms%n", on(() -> table.getItems().size()),
                    direction.name().toLowerCase(Locale.ROOT), sorted);
        }

        rack(robot, Path.of(args[0]));

        System.gc();
        Thread.sleep(500);
        printResidentMemory(" after the read apart");
        if (Boolean.getBoolean("desk.benchmark.smaps")) {
            printMappings();
        }
        printNativeMemory();
        // a desk at rest: the compilers' scratch memory is freed once they are done (the launcher trims the
        // native heap every few seconds), as it is for staff between two guests
        Thread.sleep(Long.getLong("desk.benchmark.rest", 5000));
        printResidentMemory(" after 5 s at rest");
        if (Boolean.getBoolean("desk.benchmark.smaps")) {
            printMappings();
        }
        if (Boolean.getBoolean("desk.benchmark.histogram")) {
            var histogram = new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()),
                    "GC.class_histogram").redirectErrorStream(true).start();
            new String(histogram.getInputStream().readAllBytes()).lines().limit(22).forEach(System.out::println);
        }
        printNativeMemory();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("heap used after GC: %d MB (max %d MB)%n", heap.getUsed() >> 20, heap.getMax() >> 20);
        FxToolkit.cleanupStages();
        window.close();
        System.exit(0);
    }

    /**
     * Waits (up to 15 s) for the desk to get the room rack ready ahead, as it does once staff leave it alone after
     * sign-in, with a keystroke queued to the FX thread every 10 ms meanwhile: how long after the full table the
     * rack was ready, and the longest a key waited while it was prepared.
     */
    private static void rackAhead(FxRobot robot, long usable) throws Exception {
        var typist = new TypingProbe();
        typist.start();
        long deadline = System.currentTimeMillis() + 15_000;
        boolean ready;
        while (!(ready = on(() -> rackShown(robot))) && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);   // a benchmark's own polling loop, not a test wait
        }
        WaitForAsyncUtils.waitForFxEvents();
        long prepared = System.currentTimeMillis();
        typist.stop();
        System.out.println(ready
                ? String.format("room rack ready ahead %d ms after the full table (read, then built off screen); "
                        + "meanwhile %d keystrokes, the longest waited %d ms for the FX thread", prepared - usable,
                        typist.keys(), typist.longestWait())
                : "room rack not ready ahead (15 s after the full table): the first switch builds and reads it");
    }

    /**
     * Switches to the room rack and back, three times: from the tab chosen until the rack shows current lines and
     * the FX thread is idle (without a rack ready ahead, the first time: the view built, the 14-night window read
     * from SQLite off the FX thread, laid out, the visible cells drawn; afterwards the kept lines, read again only
     * if the store changed). Then three times after a booking confirmed on the reservations tab while the rack is
     * off screen: 2 s after (staff looking up from the booking), 0.3 s after, and at once (as soon as the
     * reservations tab shows it confirmed, so the store has reported it). Then the parts of a read apart, as the
     * desk does them off the FX thread: the SQLite reads, then the layout.
     */
    private static void rack(FxRobot robot, Path home) throws Exception {
        var tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        var linesSet = new java.util.concurrent.atomic.AtomicLong();   // when a line of the rack was last set
        for (int run = 1; run <= 3; run++) {
            switchToRack(robot, tabs, linesSet, "run " + run);
        }
        for (long after : new long[] {2000, 300, 0}) {
            var confirmed = confirmABookingInTheRack(robot);
            if (after > 0) {
                Thread.sleep(after);   // staff looking up from the booking: the benchmark's pace, not a test wait
            } else {   // at once, as soon as the reservations tab shows it confirmed (the store has reported it)
                TableView<BookingRow> bookings = robot.lookup("#bookings").queryTableView();
                while (!on(() -> bookings.getItems().stream().anyMatch(row -> row.booking().id().equals(confirmed)
                        && row.booking().status().equals("CONFIRMED")))) {
                    Thread.sleep(1);   // a benchmark's own polling loop, not a test wait
                }
            }
            switchToRack(robot, tabs, linesSet, after > 0
                    ? String.format("%.1f s after a booking in it was confirmed off screen", after / 1000.0)
                    : "as soon as a booking in it shows confirmed on the reservations tab");
            TableView<?> rack = robot.lookup("#rack").queryTableView();
            System.out.printf("  the confirmed booking shows confirmed in the rack: %b%n", on(() -> lines(rack)
                    .flatMap(line -> line.nights().stream()).map(RackRow.Night::stay)
                    .anyMatch(stay -> stay != null && stay.bookingId().equals(confirmed)
                            && stay.status().equals("CONFIRMED"))));
        }
        // the desk's memory right after the switches, before this benchmark opens a store of its own for the read
        // apart (a second SQLite connection and rack, whose memory is freed only when the native heap is trimmed)
        System.gc();
        Thread.sleep(500);
        printResidentMemory(" right after the switches");
        if (Boolean.getBoolean("desk.benchmark.smaps")) {
            printMappings();
        }
        printNativeMemory();
        try (var store = gotohotel.desk.store.DeskStore.open(home.resolve("desk.db"))) {
            var service = new DeskRooms(store, java.util.Optional::empty, Clock.systemDefaultZone());
            var model = new gotohotel.desk.viewmodel.RackViewModel(service, new gotohotel.desk.viewmodel.SameThreadExecutor());
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                var read = service.rack(service.today(), gotohotel.desk.viewmodel.RackViewModel.NIGHTS);
                long sqlite = System.nanoTime();
                model.refresh();   // the same read again, then laid out into lines
                long laidOut = System.nanoTime();
                System.out.printf("rack read apart (run %d): SQLite rooms and window %d ms (%d rooms, %d stays); read "
                        + "and layout %d ms (layout about %d ms)%n", run, (sqlite - start) / 1_000_000,
                        read.rooms().size(), read.stays().size(), (laidOut - sqlite) / 1_000_000,
                        (laidOut - sqlite - (sqlite - start)) / 1_000_000);
            }
        }
    }

    /** Chooses the rack's tab, times it until the rack shows current lines and the FX thread is idle, goes back. */
    private static void switchToRack(FxRobot robot, javafx.scene.control.TabPane tabs,
                                     java.util.concurrent.atomic.AtomicLong linesSet, String which) throws Exception {
        // when a line was last set: the table's lines changed, or one of them was set again in its place
        javafx.beans.InvalidationListener lineSet = changed -> linesSet.set(System.nanoTime());
        Runnable watch = () -> {
            TableView<?> rack = robot.lookup("#rack").queryTableView();
            rack.getItems().addListener(lineSet);
            rack.getItems().forEach(line -> {
                if (line instanceof javafx.beans.value.ObservableValue<?> held) {
                    held.addListener(lineSet);
                }
            });
        };
        boolean built = on(() -> {
            boolean there = robot.lookup("#rack").tryQuery().isPresent();
            if (there) {
                watch.run();
            }
            return there;
        });
        long chosen = System.nanoTime();
        long handled = on(() -> {
            tabs.getSelectionModel().select(2);   // the tab's handler builds the view unless it was built ahead
            if (!built) {
                watch.run();
            }
            return System.nanoTime();
        });
        while (!on(() -> rackShown(robot))) {
            Thread.sleep(1);   // a benchmark's own polling loop, not a test wait
        }
        WaitForAsyncUtils.waitForFxEvents();
        long shown = System.nanoTime();
        TableView<?> rack = robot.lookup("#rack").queryTableView();
        long rooms = on(() -> lines(rack).filter(line -> line.kind() == RackRow.Kind.ROOM).count());
        long set = linesSet.get();
        System.out.printf("switch to the room rack (%s): %d ms, %d lines (%d rooms × 14 nights): tab handler "
                + "%d ms on the FX thread, %s%n", which, (shown - chosen) / 1_000_000, on(() -> rack.getItems().size()),
                rooms, (handled - chosen) / 1_000_000, set > chosen
                        ? String.format("lines read and set %d ms after the choice, drawn %d ms later",
                                (set - chosen) / 1_000_000, (shown - set) / 1_000_000)
                        : "the kept lines shown (no lines set after the choice)");
        on(() -> {
            tabs.getSelectionModel().select(0);
            rack.getItems().removeListener(lineSet);
            rack.getItems().forEach(line -> {
                if (line instanceof javafx.beans.value.ObservableValue<?> held) {
                    held.removeListener(lineSet);
                }
            });
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The rack's lines as its table shows them (an item of the table is a line, or holds it). */
    private static java.util.stream.Stream<RackRow> lines(TableView<?> rack) {
        return rack.getItems().stream().map(line -> (RackRow) (line instanceof javafx.beans.value.ObservableValue<?> held
                ? held.getValue() : line));
    }

    /**
     * On the reservations tab, confirms a booking pending confirmation that arrives within the rack's 14 nights (as
     * staff do with its button): the store reports the change while the rack is off screen. Its id.
     */
    private static java.util.UUID confirmABookingInTheRack(FxRobot robot) {
        TableView<BookingRow> bookings = robot.lookup("#bookings").queryTableView();
        var today = java.time.LocalDate.now();
        return on(() -> {
            for (int i = 0; i < bookings.getItems().size(); i++) {
                var booking = bookings.getItems().get(i).booking();
                if (booking.status().equals("PENDING_CONFIRMATION") && !booking.checkIn().isBefore(today)
                        && booking.checkIn().isBefore(today.plusDays(14))) {
                    bookings.getSelectionModel().clearAndSelect(i);
                    robot.lookup("#confirm").queryButton().fire();
                    return booking.id();
                }
            }
            throw new IllegalStateException("no booking pending confirmation within the rack's nights");
        });
    }

    /** The rack has lines and is not reading new ones. */
    private static boolean rackShown(FxRobot robot) {
        return robot.lookup("#rack").tryQuery().map(rack -> !((TableView<?>) rack).getItems().isEmpty()).orElse(false)
                && robot.lookup("#rackReading").tryQuery().map(reading -> !reading.isVisible()).orElse(false);
    }

    /** What the JVM itself holds, by kind ({@code -Ddesk.benchmark.nmt=true} with -XX:NativeMemoryTracking=summary). */
    private static void printNativeMemory() throws java.io.IOException {
        if (Boolean.getBoolean("desk.benchmark.nmt")) {
            var summary = new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()),
                    "VM.native_memory", "summary").redirectErrorStream(true).start();
            new String(summary.getInputStream().readAllBytes()).lines()
                    .filter(line -> line.contains("committed=") && !line.contains("(mmap:") && !line.contains("(malloc="))
                    .forEach(System.out::println);
        }
    }

    private static void printResidentMemory(String when) throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
                System.out.println(line.replaceAll("\\s+", " ") + when);
            }
        }
    }

    /**
     * Where the resident memory is ({@code -Ddesk.benchmark.smaps=true}): the resident kB of the process's mappings
     * from /proc/self/smaps, by file (anonymous memory by its size class), the largest first.
     */
    private static void printMappings() throws java.io.IOException {
        var resident = new java.util.TreeMap<String, Long>();
        String name = null;
        long size = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
            var fields = line.trim().split("\\s+");
            if (fields[0].matches("[0-9a-f]+-[0-9a-f]+")) {
                var range = fields[0].split("-");
                size = (Long.parseUnsignedLong(range[1], 16) - Long.parseUnsignedLong(range[0], 16)) >> 10;
                name = fields.length > 5 ? fields[5] : null;
            } else if (fields[0].equals("Rss:")) {
                String key = name != null ? name : size >= 1024 ? "anonymous, a mapping of " + (size >> 10) + " MB"
                        : "anonymous, mappings under 1 MB";
                resident.merge(key, Long.parseLong(fields[1]), Long::sum);
            }
        }
        resident.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("  resident %7d kB  %s%n", e.getValue(), e.getKey()));
    }

    /** Keystrokes as events queued to the FX thread every 10 ms; how long the slowest waited to be handled. */
    private static final class TypingProbe {

        private final java.util.concurrent.atomic.AtomicLong longest = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicInteger keys = new java.util.concurrent.atomic.AtomicInteger();
        private volatile boolean typing;
        private Thread thread;

        void start() {
            typing = true;
            thread = new Thread(() -> {
                while (typing) {
                    long pressed = System.nanoTime();
                    var handled = new java.util.concurrent.CountDownLatch(1);
                    javafx.application.Platform.runLater(() -> {
                        longest.accumulateAndGet((System.nanoTime() - pressed) / 1_000_000, Math::max);
                        keys.incrementAndGet();
                        handled.countDown();
                    });
                    try {
                        handled.await();
                        Thread.sleep(10);   // a benchmark's typist, not a test wait
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "typist");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            typing = false;
            if (thread != null) {
                thread.join();
            }
        }

        long longestWait() {
            return longest.get();
        }

        int keys() {
            return keys.get();
        }
    }

    /** The node and every parent visible (a screen prepared hidden does not count). */
    private static boolean shownOnScreen(javafx.scene.Node node) {
        for (var n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Runs on the FX thread; the time the change took there (filtering and sorting in memory). */
    private static long timed(Runnable action) {
        return on(() -> {
            long start = System.nanoTime();
            action.run();
            return (System.nanoTime() - start) / 1_000_000;
        });
    }

    private static <T> T on(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
