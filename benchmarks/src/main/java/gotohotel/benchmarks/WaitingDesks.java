package gotohotel.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Many front desks following the changes feed as the desk app does (issue 17, bounded waiting):
 * <ul>
 * <li>{@code login baseUrl password desks tokensFile}: signs in as {@code admin} once per desk (each desk holds its
 * own token, as each signed-in desk does) and writes the tokens to the file.</li>
 * <li>{@code hold baseUrl tokensFile seconds}: every desk starts at the feed's end and long-polls
 * ({@code waitSeconds=25}, pages of 1,000; at once again while {@code hasMore}; after a {@code sync-busy} answer
 * it waits the Retry-After; like the desk's OkHttp, it asks for gzip and inflates every page). After {@code seconds}
 * no desk asks again; every request still open is waited for.
 * Prints "ready" once every desk waits, then the count of requests sent, answered (by status) and not answered.</li>
 * </ul>
 */
public final class WaitingDesks {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern PAGE_END = Pattern.compile("\"nextCursor\":\"([^\"]+)\",\"hasMore\":(true|false)");
    private static final int WAIT_SECONDS = 25;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
    private final String baseUrl;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong busy = new AtomicLong();
    private final AtomicLong otherStatus = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong pageBytes = new AtomicLong();
    private final AtomicInteger open = new AtomicInteger();
    private volatile long stopAt = Long.MAX_VALUE;

    private WaitingDesks(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        var desks = new WaitingDesks(args[1]);
        if (args[0].equals("login")) {
            desks.login(args[2], Integer.parseInt(args[3]), Path.of(args[4]));
        } else {
            desks.hold(Files.readAllLines(Path.of(args[2])), Integer.parseInt(args[3]));
        }
        System.exit(0);
    }

    private void login(String password, int desks, Path tokensFile) throws Exception {
        var tokens = new ArrayList<String>();
        String body = "{\"username\":\"admin\",\"password\":\"" + password + "\"}";
        for (int i = 0; i < desks; i++) {
            var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/staff/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var token = TOKEN.matcher(response.body());
            if (!token.find()) {
                throw new IllegalStateException("sign-in answered " + response.statusCode());
            }
            tokens.add(token.group(1));
        }
        Files.write(tokensFile, tokens);
    }

    private void hold(List<String> tokens, int seconds) throws Exception {
        String end = feedEnd(tokens.get(0));
        long started = System.nanoTime();
        for (String token : tokens) {   // 200 new connections a second: the server's accept queue is 100 deep
            poll(token, end, WAIT_SECONDS);
            Thread.sleep(5);
        }
        while (open.get() < tokens.size() && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(60)) {
            Thread.sleep(100);
        }
        System.out.printf("ready: %d desks waiting after %d ms%n", open.get(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        System.out.flush();
        stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        long lastAsked = System.nanoTime();
        while (open.get() > 0 && System.nanoTime() - lastAsked < TimeUnit.SECONDS.toNanos(WAIT_SECONDS + 15)) {
            Thread.sleep(100);
        }
        System.out.printf("desks %d: requests sent %d, answered %d (200 %d, sync-busy %d, other %d), not answered %d"
                        + " (failed %d, still open %d), %.1f MB of pages (%.1f MB received); this client's CPU %.1f s%n",
                tokens.size(), sent.get(), ok.get() + busy.get() + otherStatus.get(), ok.get(), busy.get(),
                otherStatus.get(), failed.get() + open.get(), failed.get(), open.get(), pageBytes.get() / 1e6,
                bytes.get() / 1e6,
                ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis() / 1000.0);
    }

    private String feedEnd(String token) throws Exception {
        String cursor = null;
        while (true) {
            var response = http.send(request(token, cursor, 0), HttpResponse.BodyHandlers.ofByteArray());
            var page = PAGE_END.matcher(new String(page(response), StandardCharsets.UTF_8));
            if (!page.find()) {
                throw new IllegalStateException("changes answered " + response.statusCode());
            }
            cursor = page.group(1);
            if (page.group(2).equals("false")) {
                return cursor;
            }
        }
    }

    private HttpRequest request(String token, String cursor, int waitSeconds) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/sync/changes?limit=1000&waitSeconds=" + waitSeconds
                        + (cursor == null ? "" : "&since=" + cursor)))
                .header("Authorization", "Bearer " + token).header("Accept-Encoding", "gzip")   // as OkHttp does
                .timeout(Duration.ofSeconds(WAIT_SECONDS + 15)).GET()
                .build();
    }

    /** The page as the desk's OkHttp hands it over: inflated. */
    private static byte[] page(HttpResponse<byte[]> response) {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            return response.body();
        }
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void poll(String token, String cursor, int waitSeconds) {
        if (System.nanoTime() > stopAt) {
            return;
        }
        sent.incrementAndGet();
        open.incrementAndGet();
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request(token, cursor, waitSeconds),
                HttpResponse.BodyHandlers.ofByteArray());
        answer.whenComplete((response, failure) -> {
            try {
                answered(token, cursor, response, failure);
            } catch (RuntimeException e) {   // never silently: a desk that stops asking would skew every figure
                e.printStackTrace();
                System.exit(3);
            }
        });
    }

    private void answered(String token, String cursor, HttpResponse<byte[]> response, Throwable failure) {
        {
            open.decrementAndGet();
            if (failure != null) {
                failed.incrementAndGet();
                later.schedule(() -> poll(token, cursor, WAIT_SECONDS), 1, TimeUnit.SECONDS);
            } else if (response.statusCode() == 200) {
                ok.incrementAndGet();
                bytes.addAndGet(response.body().length);
                byte[] body = page(response);
                pageBytes.addAndGet(body.length);
                int tail = Math.max(0, body.length - 600);   // only the page's end is read: nextCursor and hasMore
                var page = PAGE_END.matcher(new String(body, tail, body.length - tail, StandardCharsets.UTF_8));
                page.find();
                boolean more = page.group(2).equals("true");
                poll(token, page.group(1), more ? 0 : WAIT_SECONDS);
            } else if (response.statusCode() == 429 || response.statusCode() == 503) {
                busy.incrementAndGet();
                long retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(5);
                later.schedule(() -> poll(token, cursor, WAIT_SECONDS), retryAfter, TimeUnit.SECONDS);
            } else {
                otherStatus.incrementAndGet();
                later.schedule(() -> poll(token, cursor, WAIT_SECONDS), 1, TimeUnit.SECONDS);
            }
        }
    }
}
