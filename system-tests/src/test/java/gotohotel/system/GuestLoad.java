package gotohotel.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Guests placing one-night orders from several clients at once until stopped. Only what the backend
 * acknowledged counts: a {@code 201 PAID} answer, remembered with the order's access token.
 */
final class GuestLoad {

    record PaidOrder(UUID orderId, String accessToken) {
    }

    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> ROOM_TYPES = List.of("STANDARD", "DELUXE", "FAMILY", "SUITE");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<UUID, PaidOrder> paid = new ConcurrentHashMap<>();
    private final Map<UUID, PaidOrder> cancelled = new ConcurrentHashMap<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);

    GuestLoad(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    List<Thread> start(int clients) {
        return java.util.stream.IntStream.range(0, clients).mapToObj(i -> {
            var thread = new Thread(this::placeOrders, "guest-" + i);
            thread.start();
            return thread;
        }).toList();
    }

    void stop() {
        running.set(false);
    }

    /** Orders answered 201 PAID and not cancelled since. */
    Map<UUID, PaidOrder> paid() {
        return paid;
    }

    /** Orders whose cancellation was answered 200. */
    Map<UUID, PaidOrder> cancelled() {
        return cancelled;
    }

    int unanswered() {
        return unanswered.get();
    }

    private void placeOrders() {
        while (running.get()) {
            try {
                var response = http.send(order(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    var id = ORDER_ID.matcher(response.body());
                    var token = ACCESS_TOKEN.matcher(response.body());
                    if (id.find() && token.find()) {
                        var order = new PaidOrder(UUID.fromString(id.group(1)), token.group(1));
                        paid.put(order.orderId(), order);
                        if (ThreadLocalRandom.current().nextInt(4) == 0) {
                            cancel(order);
                        }
                    }
                }
            } catch (IOException killed) {
                unanswered.incrementAndGet();   // the guest saw no answer and gives up
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One guest in four changes their mind at once; an answered cancellation must stand after any crash. */
    private void cancel(PaidOrder order) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders/" + order.orderId() + "/cancel"))
                    .header("Authorization", "Bearer " + order.accessToken()).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException cutOff) {
            paid.remove(order.orderId());   // no answer: the order may or may not be cancelled now
            throw cutOff;
        }
        if (response.statusCode() == 200) {
            paid.remove(order.orderId());
            cancelled.put(order.orderId(), order);
        }
    }

    private HttpRequest order() {
        var random = ThreadLocalRandom.current();
        var checkIn = LocalDate.now().plusDays(10 + random.nextInt(40));
        String body = """
                {"guestName":"Crash Test %d","phone":"010-1234-%04d","roomType":"%s","checkIn":"%s","checkOut":"%s",
                 "guestCount":1,"card":{"number":"4242 4242 4242 4242","expiry":"12/30","cvc":"123"}}"""
                .formatted(random.nextInt(1000), random.nextInt(10000), ROOM_TYPES.get(random.nextInt(ROOM_TYPES.size())),
                        checkIn, checkIn.plusDays(1));
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The order as the guest sees it now: its HTTP status and body. */
    HttpResponse<String> view(PaidOrder order) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders/" + order.orderId()))
                .header("Authorization", "Bearer " + order.accessToken()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
