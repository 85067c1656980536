package gotohotel.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * N closed-loop clients placing orders over HTTP for a fixed time after a warm-up; prints throughput,
 * latency percentiles and the status codes seen. Every request is bounded by a timeout and the run
 * stops by itself.
 *
 * <pre>java -jar benchmarks.jar baseUrl clients warmupSeconds measureSeconds [roomType] [ordersFile]</pre>
 * With {@code ordersFile}, every created order's id and access token are written to it, a line each.
 */
public final class OrderLoad {

    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\":\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String baseUrl = args.length > 0 ? args[0] : "http://127.0.0.1:8088";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int measure = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        String roomType = args.length > 4 ? args[4] : "BENCH";
        Path ordersFile = args.length > 5 ? Path.of(args[5]) : null;

        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("warm-up %d s with %d clients...%n", warmup, clients);
        run(http, baseUrl, roomType, clients, Duration.ofSeconds(warmup), null);
        System.out.printf("measuring %d s with %d clients...%n", measure, clients);
        var created = ordersFile == null ? null : new ConcurrentLinkedQueue<String>();
        var result = run(http, baseUrl, roomType, clients, Duration.ofSeconds(measure), created);
        result.print(measure);
        if (ordersFile != null) {
            Files.write(ordersFile, created);
        }
    }

    private static Result run(HttpClient http, String baseUrl, String roomType, int clients, Duration length,
                              Queue<String> created) throws InterruptedException {
        var stop = new AtomicBoolean();
        var done = new CountDownLatch(clients);
        var perClient = new ArrayList<Worker>();
        for (int i = 0; i < clients; i++) {
            var worker = new Worker(http, baseUrl, roomType, stop, done, created);
            perClient.add(worker);
            new Thread(worker, "client-" + i).start();
        }
        Thread.sleep(length.toMillis());
        stop.set(true);
        done.await();
        return Result.of(perClient);
    }

    private static final class Worker implements Runnable {

        private final HttpClient http;
        private final String baseUrl;
        private final String roomType;
        private final AtomicBoolean stop;
        private final CountDownLatch done;
        private long[] latencies = new long[1 << 16];
        private int count;
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private final Queue<String> created;

        Worker(HttpClient http, String baseUrl, String roomType, AtomicBoolean stop, CountDownLatch done,
               Queue<String> created) {
            this.created = created;
            this.http = http;
            this.baseUrl = baseUrl;
            this.roomType = roomType;
            this.stop = stop;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                while (!stop.get()) {
                    long started = System.nanoTime();
                    int status = placeOrder();
                    record(System.nanoTime() - started);
                    statuses.merge(status, 1, Integer::sum);
                }
            } finally {
                done.countDown();
            }
        }

        private int placeOrder() {
            var random = ThreadLocalRandom.current();
            LocalDate checkIn = LocalDate.now().plusDays(1 + random.nextInt(360));
            String body = """
                    {"guestName":"Bench Guest","phone":"010-1234-5678","roomType":"%s","checkIn":"%s",
                     "checkOut":"%s","guestCount":2,"card":{"number":"4242424242424242","expiry":"12/30","cvc":"123"}}"""
                    .formatted(roomType, checkIn, checkIn.plusDays(1));
            var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                if (created == null) {
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                var id = ORDER_ID.matcher(response.body());
                var token = TOKEN.matcher(response.body());
                if (response.statusCode() == 201 && id.find() && token.find()) {
                    created.add(id.group(1) + " " + token.group(1));
                }
                return response.statusCode();
            } catch (Exception e) {
                return -1;
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }

    private record Result(long[] latencies, Map<Integer, Integer> statuses) {

        static Result of(List<Worker> workers) {
            int total = workers.stream().mapToInt(w -> w.count).sum();
            long[] all = new long[total];
            int at = 0;
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (var worker : workers) {
                System.arraycopy(worker.latencies, 0, all, at, worker.count);
                at += worker.count;
                worker.statuses.forEach((status, n) -> statuses.merge(status, n, Integer::sum));
            }
            Arrays.sort(all);
            return new Result(all, statuses);
        }

        void print(int seconds) {
            System.out.printf("orders: %d in %d s = %.0f orders/s%n", latencies.length, seconds,
                    latencies.length / (double) seconds);
            System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", percentile(50),
                    percentile(90), percentile(99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
            System.out.println("statuses: " + statuses);
        }

        private double percentile(double p) {
            if (latencies.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100 * latencies.length) - 1;
            return latencies[Math.max(0, index)] / 1e6;
        }
    }
}
