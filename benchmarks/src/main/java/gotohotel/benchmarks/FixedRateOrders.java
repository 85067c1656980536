package gotohotel.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Orders offered at a constant rate, open loop (as wrk2 does): the n-th order is due at start + n / rate whether or
 * not earlier ones were answered, and its latency runs from that due time — so a server that falls behind shows its
 * queueing in the percentiles instead of slowing the load down (no coordinated omission). At most {@code maxInFlight}
 * orders wait for an answer; an order due while that many wait is counted as not sent, and the run says so.
 * Prints, in the format {@code run-wrk.sh} reads from wrk: the answered rate, the statuses and the latency percentiles.
 *
 * <pre>java -cp benchmarks.jar gotohotel.benchmarks.FixedRateOrders baseUrl ratePerSecond seconds [maxInFlight]</pre>
 */
public final class FixedRateOrders {

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int maxInFlight = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;

        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var latencies = new ConcurrentLinkedQueue<Long>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        var inFlight = new AtomicInteger();
        int notSent = 0;
        long total = Math.round(rate * seconds);
        long start = System.nanoTime();
        double interval = 1e9 / rate;
        for (long n = 0; n < total; n++) {
            long due = start + Math.round(n * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.get() >= maxInFlight) {
                notSent++;
                continue;
            }
            inFlight.incrementAndGet();
            http.sendAsync(order(baseUrl), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        latencies.add(System.nanoTime() - due);
                        int status = failure == null ? response.statusCode() : -1;
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        inFlight.decrementAndGet();
                    });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<Integer, Integer> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.get()));
        if (notSent > 0) {
            counted.put(0, notSent);   // "0=": due but not sent, maxInFlight answers were outstanding
        }
        System.out.printf("offered %.1f orders/s for %d s; answered %d, %d still waiting at the end%n", rate, seconds,
                sorted.length, inFlight.get());
        System.out.printf("Requests/sec: %.2f%n", sorted.length / elapsed);
        var line = new StringBuilder("statuses");
        counted.forEach((status, count) -> line.append(' ').append(status).append('=').append(count));
        System.out.println(line);
        System.out.printf("latency_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f%n", percentile(sorted, 50),
                percentile(sorted, 90), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.exit(0);
    }

    private static HttpRequest order(String baseUrl) {
        var random = ThreadLocalRandom.current();
        LocalDate checkIn = LocalDate.now().plusDays(1 + random.nextInt(360));
        String body = """
                {"guestName":"Bench Guest","phone":"010-1234-5678","roomType":"BENCH","checkIn":"%s",
                 "checkOut":"%s","guestCount":2,"card":{"number":"4242424242424242","expiry":"12/30","cvc":"123"}}"""
                .formatted(checkIn, checkIn.plusDays(1));
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
