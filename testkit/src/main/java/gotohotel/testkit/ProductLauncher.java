package gotohotel.testkit;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./gotohotel server} as a user starts it, in a session (process group) of its own so that a crash
 * can take every process of the system at once: the launcher, PostgreSQL, the Kafka broker and the backend.
 * Every port is a free one of this machine; the checkout is {@code $GOTOHOTEL_ROOT} (the parent directory when
 * unset) and the backend jar must be built in it.
 */
public final class ProductLauncher {

    /** The first admin's password ({@code GOTOHOTEL_ADMIN_PASSWORD}). */
    public static final String ADMIN_PASSWORD = "whole-product-test-admin-password";

    private final Path root = Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", "..")).toAbsolutePath().normalize();
    private final Path home;
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> arguments;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int runs;

    /** A launcher on {@code home} ({@code GOTOHOTEL_HOME}) that passes {@code arguments} to the backend. */
    public ProductLauncher(Path home, List<String> arguments) {
        this.home = home;
        this.arguments = arguments;
        environment.put("GOTOHOTEL_HOME", home.toString());
        environment.put("GOTOHOTEL_PORT", String.valueOf(FreePorts.one()));
        environment.put("GOTOHOTEL_KAFKA_PORT", String.valueOf(FreePorts.pair()));
        environment.put("GOTOHOTEL_DB_PORT", String.valueOf(FreePorts.one()));
        environment.put("GOTOHOTEL_MANAGEMENT_PORT", String.valueOf(FreePorts.one()));
        environment.put("GOTOHOTEL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // the tests' guests place many orders from 127.0.0.1: no per-address limit (gotohotel.web.order-rate-limit)
        environment.put("GOTOHOTEL_WEB_ORDERRATELIMIT_ENABLED", "false");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + environment.get("GOTOHOTEL_PORT");
    }

    public Path home() {
        return home;
    }

    /** The backend's Actuator (management port, this machine only). */
    public String managementUrl() {
        return "http://127.0.0.1:" + environment.get("GOTOHOTEL_MANAGEMENT_PORT") + "/actuator";
    }

    /** The database the launched backend uses: the user's PostgreSQL when one is configured, else the local one. */
    public ProductDatabase database() {
        String url = System.getenv("GOTOHOTEL_DB_URL");
        if (url != null) {
            return new ProductDatabase(url, System.getenv("GOTOHOTEL_DB_USER"), System.getenv("GOTOHOTEL_DB_PASSWORD"));
        }
        try {
            return new ProductDatabase("jdbc:postgresql://127.0.0.1:" + environment.get("GOTOHOTEL_DB_PORT") + "/gotohotel",
                    "gotohotel", Files.readString(home.resolve("database-password")).trim());
        } catch (IOException e) {
            throw new IllegalStateException("The local database has no password file", e);
        }
    }

    /** Starts the launcher and waits until the backend is ready; the output goes to {@code run-N.log}. */
    public Path start() throws IOException {
        Path log = launch();
        await("backend ready (see " + log + ")").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the launcher exited with " + process.exitValue()
                                + ":\n" + Files.readString(log));
                    }
                    return ready();
                });
        return log;
    }

    /** What a run that ended by itself said, and how it ended. */
    public record Run(int exitCode, String output) {
    }

    /** Runs the launcher until it ends by itself (a launcher that refuses to start), at most for the time given. */
    public Run runToExit(Duration atMost) throws IOException, InterruptedException {
        Path log = launch();
        if (!process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the launcher still runs after " + atMost + ":\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    /** {@code setsid ./gotohotel server ARGUMENTS} in a session of its own, its output into {@code run-N.log}. */
    private Path launch() throws IOException {
        Path log = home.resolve("run-" + (++runs) + ".log");
        var command = new ArrayList<>(List.of("setsid", root.resolve("gotohotel").toString(), "server"));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        return log;
    }

    private boolean ready() {
        try {
            var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL to every process of the launcher's session, as a power cut of the processes would. */
    public void killEverything() throws IOException, InterruptedException {
        long session = process.pid();
        new ProcessBuilder("pkill", "-KILL", "-s", String.valueOf(session)).inheritIO().start().waitFor();
        process.waitFor(30, TimeUnit.SECONDS);
        await("every process of the session gone").atMost(Duration.ofSeconds(30))
                .until(() -> new ProcessBuilder("pgrep", "-s", String.valueOf(session)).start().waitFor() == 1);
    }

    /**
     * SIGTERM to every process of the launcher's session at once, as a system shutdown sends it: the launcher,
     * PostgreSQL, the Kafka broker and the backend; returns once every one of them is gone.
     */
    public void terminateEverything() throws IOException, InterruptedException {
        long session = process.pid();
        new ProcessBuilder("pkill", "-TERM", "-s", String.valueOf(session)).inheritIO().start().waitFor();
        awaitExit(Duration.ofSeconds(90));
        await("every process of the session gone").atMost(Duration.ofSeconds(90))
                .until(() -> new ProcessBuilder("pgrep", "-s", String.valueOf(session)).start().waitFor() == 1);
    }

    /** The running processes the launcher started (PostgreSQL and its workers, Kafka, the backend). */
    public List<ProcessHandle> processes() {
        return process.toHandle().descendants().toList();
    }

    /** SIGTERM to the launcher, as Ctrl-C would; returns its exit code. */
    public int stop() throws InterruptedException {
        process.toHandle().destroy();
        return awaitExit(Duration.ofSeconds(90));
    }

    /**
     * SIGTERM to every process of the launcher's process group at once, as a terminal's Ctrl-C or a stop of the whole
     * group does; returns the launcher's exit code, which must come within the time given.
     */
    public int stopGroup(Duration atMost) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-TERM", "--", "-" + process.pid()).inheritIO().start().waitFor();
        return awaitExit(atMost);
    }

    private int awaitExit(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the launcher did not stop within " + atMost.toSeconds() + " s");
        }
        return process.exitValue();
    }

    /** After a test, failed or not: SIGKILL to whatever of the session still runs. */
    public void destroyQuietly() {
        if (process != null && process.isAlive()) {
            try {
                killEverything();
            } catch (IOException | InterruptedException ignored) {
                // best effort after a failed test
            }
        }
    }
}
