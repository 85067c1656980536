package gotohotel.testkit;

import gotohotel.shared.api.OrderView;
import gotohotel.shared.api.PlaceOrderRequest;
import gotohotel.shared.api.PlaceOrderRequest.CardDetails;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A guest on the real HTTP API, in the shared-model records: places an order ({@link PlaceOrderRequest}), reads
 * and cancels it with the order's access token ({@link OrderView}). Each call returns the backend's {@link Answer};
 * a call that gets no answer at all (the server is down, or died mid-call) throws {@link UncheckedIOException}.
 */
public final class GuestClient {

    /** A card the test payment providers approve. */
    public static final CardDetails APPROVED_CARD = new CardDetails("4242 4242 4242 4242", "12/30", "123");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient http;

    /** A guest of the backend at {@code baseUrl}; a call that takes longer than {@code timeout} has no answer. */
    public GuestClient(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public GuestClient(String baseUrl) {
        this(baseUrl, Duration.ofSeconds(30));
    }

    /** One night for one guest from {@code checkIn}, paid with {@link #APPROVED_CARD}. */
    public static PlaceOrderRequest oneNight(String guestName, String phone, String roomType, LocalDate checkIn) {
        return new PlaceOrderRequest(guestName, phone, null, roomType, checkIn, checkIn.plusDays(1), 1, APPROVED_CARD);
    }

    /** The backend's answer to a call: its status and body, and the order in the body. */
    public record Answer(int status, String body) {

        /** The order of an answer in {@code statuses}; any other answer fails the test, with the body. */
        public OrderView expect(int... statuses) {
            if (Arrays.stream(statuses).noneMatch(expected -> expected == status)) {
                throw new AssertionError("expected " + Arrays.toString(statuses) + " but the backend answered "
                        + status + ": " + body);
            }
            return order();
        }

        public OrderView order() {
            return JSON.readValue(body, OrderView.class);
        }
    }

    /** POST /api/orders with a fresh Idempotency-Key. */
    public Answer place(PlaceOrderRequest order) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders"))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(order))));
    }

    /** GET /api/orders/{id} with the order's access token. */
    public Answer read(UUID orderId, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders/" + orderId))
                .header("Authorization", "Bearer " + accessToken));
    }

    /** POST /api/orders/{id}/cancel with the order's access token. */
    public Answer cancel(UUID orderId, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders/" + orderId + "/cancel"))
                .header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the backend", e);
        }
    }
}
