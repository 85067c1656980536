package gotohotel.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
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
 */
final class Launcher {

    static final String ADMIN_PASSWORD = "system-test-admin-password";

    private final Path root = Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", "..")).toAbsolutePath().normalize();
    private final Path home;
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> arguments;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int runs;

    Launcher(Path home, List<String> arguments) throws IOException {
        this.home = home;
        this.arguments = arguments;
        environment.put("GOTOHOTEL_HOME", home.toString());
        environment.put("GOTOHOTEL_PORT", String.valueOf(freePort()));
        environment.put("GOTOHOTEL_KAFKA_PORT", String.valueOf(freePortPair()));
        environment.put("GOTOHOTEL_DB_PORT", String.valueOf(freePort()));
        environment.put("GOTOHOTEL_MANAGEMENT_PORT", String.valueOf(freePort()));
        environment.put("GOTOHOTEL_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + environment.get("GOTOHOTEL_PORT");
    }

    Path home() {
        return home;
    }

    /** The database the launched backend uses: the user's PostgreSQL when one is configured, else the local one. */
    Database database() {
        String url = System.getenv("GOTOHOTEL_DB_URL");
        if (url != null) {
            return new Database(url, System.getenv("GOTOHOTEL_DB_USER"), System.getenv("GOTOHOTEL_DB_PASSWORD"));
        }
        try {
            return new Database("jdbc:postgresql://127.0.0.1:" + environment.get("GOTOHOTEL_DB_PORT") + "/gotohotel",
                    "gotohotel", Files.readString(home.resolve("database-password")).trim());
        } catch (IOException e) {
            throw new IllegalStateException("The local database has no password file", e);
        }
    }

    /** Starts the launcher and waits until the backend is ready; the output goes to {@code run-N.log}. */
    Path start() throws IOException {
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
    record Run(int exitCode, String output) {
    }

    /** Runs the launcher until it ends by itself (a launcher that refuses to start), at most for the time given. */
    Run runToExit(Duration atMost) throws IOException, InterruptedException {
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
    void killEverything() throws IOException, InterruptedException {
        long session = process.pid();
        new ProcessBuilder("pkill", "-KILL", "-s", String.valueOf(session)).inheritIO().start().waitFor();
        process.waitFor(30, TimeUnit.SECONDS);
        await("every process of the session gone").atMost(Duration.ofSeconds(30))
                .until(() -> new ProcessBuilder("pgrep", "-s", String.valueOf(session)).start().waitFor() == 1);
    }

    /** SIGTERM to the launcher, as Ctrl-C would; returns its exit code. */
    int stop() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the launcher did not stop within 90 s");
        }
        return process.exitValue();
    }

    /**
     * SIGTERM to every process of the launcher's process group at once, as a terminal's Ctrl-C or a stop of the whole
     * group does; returns the launcher's exit code, which must come within the time given.
     */
    int stopGroup(Duration atMost) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-TERM", "--", "-" + process.pid()).inheritIO().start().waitFor();
        if (!process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the launcher did not stop within " + atMost);
        }
        return process.exitValue();
    }

    void destroyQuietly() {
        if (process != null && process.isAlive()) {
            try {
                killEverything();
            } catch (IOException | InterruptedException ignored) {
                // best effort after a failed test
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A port whose next port is free too: the Kafka broker takes both (clients, controller). */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            if (port < 65535) {
                try (var next = new ServerSocket(port + 1)) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no two consecutive free ports");
    }
}
