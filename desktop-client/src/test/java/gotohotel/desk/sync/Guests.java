package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Guests booking and cancelling through the guest API, straight at the backend. Each booking takes the next
 * free room of the seeded hotel (25 rooms a night), night after night, so tests never run out of rooms.
 */
public final class Guests {

    public record PaidOrder(UUID orderId, String accessToken) {
    }

    private static final List<String> ROOMS_A_NIGHT = roomsANight();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger nextRoom = new AtomicInteger();

    Guests(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Books and pays one night; returns once the backend answered 201. */
    public PaidOrder book() {
        int room = nextRoom.getAndIncrement();
        var checkIn = LocalDate.now().plusDays(3 + room / ROOMS_A_NIGHT.size());
        String body = """
                {"guestName":"Desk Test %d","phone":"010-1234-%04d","roomType":"%s","checkIn":"%s","checkOut":"%s",
                 "guestCount":1,"card":{"number":"4242 4242 4242 4242","expiry":"12/30","cvc":"123"}}"""
                .formatted(room, room % 10000, ROOMS_A_NIGHT.get(room % ROOMS_A_NIGHT.size()), checkIn,
                        checkIn.plusDays(1));
        var response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders"))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        try {
            var order = json.readTree(response.body());
            return new PaidOrder(UUID.fromString(order.get("orderId").asText()), order.get("accessToken").asText());
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    /** Books {@code count} nights from four guests at once. */
    List<PaidOrder> book(int count) {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<PaidOrder>>();
            IntStream.range(0, count).forEach(i -> futures.add(pool.submit((java.util.concurrent.Callable<PaidOrder>) this::book)));
            var orders = new ArrayList<PaidOrder>();
            for (var future : futures) {
                orders.add(future.get());
            }
            return orders;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Booking failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    public void cancel(PaidOrder order) {
        var response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders/" + order.orderId() + "/cancel"))
                .header("Authorization", "Bearer " + order.accessToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> roomsANight() {
        var rooms = new ArrayList<String>();
        rooms.addAll(java.util.Collections.nCopies(10, "STANDARD"));
        rooms.addAll(java.util.Collections.nCopies(8, "DELUXE"));
        rooms.addAll(java.util.Collections.nCopies(5, "FAMILY"));
        rooms.addAll(java.util.Collections.nCopies(2, "SUITE"));
        return List.copyOf(rooms);
    }
}
