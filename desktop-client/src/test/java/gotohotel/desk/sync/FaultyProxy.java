package gotohotel.desk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of the backend that breaks the link on purpose: it can be down (connections refused
 * at once, open ones cut), silent (connections taken and kept, nothing passed either way: a paused server), lose
 * the answer to the next command batches after the backend received and
 * applied them, and — for a while — drop a share of new connections, delay them, and cut a share of answers.
 */
public final class FaultyProxy implements AutoCloseable {

    private static final String COMMANDS = "POST /api/sync/commands";

    private final int upstreamPort;
    private final ServerSocket server;
    private final Random random = new Random();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger answersToLose = new AtomicInteger();
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private final AtomicInteger droppedConnections = new AtomicInteger();
    private final AtomicInteger heldAnswers = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object silence = new Object();
    private volatile boolean up = true;
    private volatile boolean silent;
    private volatile boolean holdAnswers;
    private volatile double dropChance;
    private volatile double cutChance;
    private volatile Duration delay = Duration.ZERO;

    public FaultyProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread("proxy-accept", this::accept).start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public void linkDown() {
        up = false;
        open.forEach(FaultyProxy::closeQuietly);
    }

    public void linkUp() {
        up = true;
    }

    /**
     * The server stops answering as a paused process does: connections are still taken, and open ones stay open,
     * but nothing passes in either direction until {@link #answering()}.
     */
    public void silent() {
        silent = true;
    }

    /** What was held while silent passes now, as a resumed server answers. */
    public void answering() {
        synchronized (silence) {
            silent = false;
            silence.notifyAll();
        }
    }

    /** Holds the calling relay while the proxy is silent (false: the proxy closed meanwhile). */
    private boolean whileSilent() {
        synchronized (silence) {
            while (silent && closed.getCount() > 0) {
                try {
                    silence.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return closed.getCount() > 0;
    }

    /** The next {@code count} command batches reach the backend, but their answers never reach the desk. */
    void loseAnswersToNextBatches(int count) {
        answersToLose.set(count);
    }

    /**
     * From now on command batches reach the backend, but their answers are held — the connection stays open
     * and silent, as when the desk is killed before it reads the answer — until the proxy closes.
     */
    void holdAnswersToCommands() {
        holdAnswers = true;
    }

    int heldAnswers() {
        return heldAnswers.get();
    }

    /** A bad link: a share of new connections dropped, each delayed, and a share of answers cut midway. */
    void flaky(double dropChance, Duration delay, double cutChance) {
        this.dropChance = dropChance;
        this.delay = delay;
        this.cutChance = cutChance;
    }

    void healthy() {
        flaky(0, Duration.ZERO, 0);
    }

    int lostAnswers() {
        return lostAnswers.get();
    }

    int droppedConnections() {
        return droppedConnections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                if (!up || chance(dropChance)) {
                    droppedConnections.incrementAndGet();
                    closeQuietly(client);
                    continue;
                }
                thread("proxy-connection", () -> relay(client)).start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; var upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            open.add(client);
            open.add(upstream);
            Duration wait = delay;
            if (!wait.isZero()) {
                Thread.sleep(wait.toMillis());   // a slow link, not a test waiting for an outcome
            }
            var connection = new Connection(client, upstream);
            var requests = thread("proxy-requests", connection::forwardRequests);
            requests.start();
            connection.forwardAnswers();
            requests.join();
        } catch (IOException | InterruptedException e) {
            // the link is cut: that is the point
        } finally {
            open.remove(client);
        }
    }

    /** One relayed connection; a command batch seen going up marks its answer as one to lose. */
    private final class Connection {
        private final Socket client;
        private final Socket upstream;
        private volatile boolean loseAnswer;
        private volatile boolean commands;

        Connection(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void forwardRequests() {
            pump(client, upstream, (bytes, length) -> {
                if (!whileSilent()) {
                    return false;
                }
                boolean batch = new String(bytes, 0, length, StandardCharsets.ISO_8859_1).contains(COMMANDS);
                commands |= batch;
                if (batch && answersToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    loseAnswer = true;
                }
                return true;
            });
        }

        void forwardAnswers() {
            pump(upstream, client, (bytes, length) -> {
                if (!whileSilent()) {
                    return false;
                }
                if (holdAnswers && commands) {
                    heldAnswers.incrementAndGet();
                    awaitClosed();
                    return false;
                }
                if (loseAnswer || (up && chance(cutChance)) || !up) {
                    lostAnswers.incrementAndGet();
                    return false;
                }
                return true;
            });
        }

        private void pump(Socket from, Socket to, Gate gate) {
            var buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (!gate.pass(buffer, read)) {
                        break;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cut) {
                // the other side or the proxy closed the connection
            } finally {
                closeQuietly(client);
                closeQuietly(upstream);
            }
        }
    }

    private void awaitClosed() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Gate {
        boolean pass(byte[] bytes, int length);
    }

    private boolean chance(double share) {
        synchronized (random) {
            return share > 0 && random.nextDouble() < share;
        }
    }

    private static Thread thread(String name, Runnable body) {
        var thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        answering();
        server.close();
        open.forEach(FaultyProxy::closeQuietly);
    }
}
