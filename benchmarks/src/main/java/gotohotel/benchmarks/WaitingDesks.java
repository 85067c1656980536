package gotohotel.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * it waits the Retry-After; like the desk's OkHttp, it asks for gzip). After {@code seconds}
 * no desk asks again; every request still open is waited for.
 * Prints "ready" once every desk waits, then the count of requests sent, answered (by status) and not answered.</li>
 * </ul>
 * A hotel's desks are other computers, each inflating the pages it gets; here a thousand share the server's two
 * cores, and inflating the same page a thousand times (about 17 s of CPU in a 45 s phase at 400 orders/s) would
 * measure this client, not the server. So a page is inflated once per distinct page — the same round answers every
 * desk at one cursor with the same bytes, and a gzip stream's last 8 bytes (CRC-32 and size of the inflated page)
 * with its length tell one page from another; every answer's bytes are still read from the socket in full.
 * {@code -Ddesks.inflate=every} inflates every answer, as before.
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
    private final boolean inflateEvery = "every".equals(System.getProperty("desks.inflate"));
    private final Map<PageKey, PageEnd> pageEnds = new ConcurrentHashMap<>();
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
            if (response.statusCode() != 200) {
                throw new IllegalStateException("changes answered " + response.statusCode());
            }
            var page = pageEnd(response);
            cursor = page.cursor();
            if (!page.more()) {
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

    /** A gzipped page told apart by its compressed length and its trailer (CRC-32 and size of the inflated page). */
    private record PageKey(int length, long trailer) {

        static PageKey of(byte[] gzip) {
            return new PageKey(gzip.length, ByteBuffer.wrap(gzip, gzip.length - 8, 8).getLong());
        }
    }

    /** What a desk reads from a page's end: where to go on from, whether more is there at once, the page's size. */
    private record PageEnd(String cursor, boolean more, long size) {

        static PageEnd of(byte[] json) {
            int tail = Math.max(0, json.length - 600);   // the page's end first: nextCursor and hasMore
            var page = PAGE_END.matcher(new String(json, tail, json.length - tail, StandardCharsets.UTF_8));
            if (!page.find()) {   // rooms follow them on a page where rooms changed
                page = PAGE_END.matcher(new String(json, StandardCharsets.UTF_8));
                if (!page.find()) {
                    throw new IllegalStateException("no nextCursor in the page: "
                            + new String(json, tail, json.length - tail, StandardCharsets.UTF_8));
                }
            }
            return new PageEnd(page.group(1), page.group(2).equals("true"), json.length);
        }
    }

    /** The page's end as the desk's OkHttp hands the page over: inflated (once per distinct page, see above). */
    private PageEnd pageEnd(HttpResponse<byte[]> response) {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            return PageEnd.of(response.body());
        }
        if (inflateEvery) {
            return PageEnd.of(inflate(response.body()));
        }
        if (pageEnds.size() > 10_000) {
            pageEnds.clear();
        }
        return pageEnds.computeIfAbsent(PageKey.of(response.body()), key -> PageEnd.of(inflate(response.body())));
    }

    private static byte[] inflate(byte[] gzip) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
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
                var page = pageEnd(response);
                pageBytes.addAndGet(page.size());
                poll(token, page.cursor(), page.more() ? 0 : WAIT_SECONDS);
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
