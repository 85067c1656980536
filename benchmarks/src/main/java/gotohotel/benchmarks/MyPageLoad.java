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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Two my page measurements, both bounded in time:
 * <ul>
 * <li>{@code read baseUrl ordersFile clients seconds}: N clients GET random guests' my pages
 * ({@code orderId token} per line in the file) and report latency percentiles.</li>
 * <li>{@code lag baseUrl probes}: places orders one by one and measures how long after the 201 the
 * guest's my page first shows the order PAID (the event went through Kafka to the read model).</li>
 * </ul>
 */
public final class MyPageLoad {

    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\":\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (args[0].equals("read")) {
            read(http, args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else {
            lag(http, args[1], Integer.parseInt(args[2]));
        }
    }

    private static void read(HttpClient http, String baseUrl, Path ordersFile, int clients, int seconds)
            throws Exception {
        List<String[]> orders = Files.readAllLines(ordersFile).stream().map(line -> line.split(" ")).toList();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Latencies> perClient = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            var latencies = new Latencies();
            perClient.add(latencies);
            var thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    var order = orders.get(ThreadLocalRandom.current().nextInt(orders.size()));
                    long started = System.nanoTime();
                    int status = get(http, baseUrl + "/api/mypages/" + order[0], order[1]);
                    latencies.record(System.nanoTime() - started);
                    synchronized (statuses) {
                        statuses.merge(status, 1, Integer::sum);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (var thread : threads) {
            thread.join();
        }
        var all = Latencies.merge(perClient);
        System.out.printf("my page reads: %d in %d s = %.0f reads/s, %s, statuses %s%n", all.count(), seconds,
                all.count() / (double) seconds, all.summary(), statuses);
    }

    private static void lag(HttpClient http, String baseUrl, int probes) throws Exception {
        var lags = new Latencies();
        for (int i = 0; i < probes; i++) {
            LocalDate checkIn = LocalDate.now().plusDays(1 + ThreadLocalRandom.current().nextInt(360));
            String body = """
                    {"guestName":"Lag Probe","phone":"010-1234-5678","roomType":"BENCH","checkIn":"%s","checkOut":"%s",
                     "guestCount":2,"card":{"number":"4242424242424242","expiry":"12/30","cvc":"123"}}"""
                    .formatted(checkIn, checkIn.plusDays(1));
            var placed = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long created = System.nanoTime();
            var id = ORDER_ID.matcher(placed.body());
            var token = TOKEN.matcher(placed.body());
            if (placed.statusCode() != 201 || !id.find() || !token.find()) {
                continue;
            }
            long deadline = created + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                var page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/mypages/" + id.group(1)))
                        .timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer " + token.group(1)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && page.body().contains("\"status\":\"PAID\"")) {
                    lags.record(System.nanoTime() - created);
                    break;
                }
                Thread.onSpinWait();
            }
        }
        var all = Latencies.merge(List.of(lags));
        System.out.printf("my page lag after the 201 (%d probes): %s%n", all.count(), all.summary());
    }

    private static int get(HttpClient http, String url, String token) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
