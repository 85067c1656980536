package gotohotel.system;

import gotohotel.shared.api.PlaceOrderRequest;
import gotohotel.testkit.GuestClient;
import gotohotel.testkit.GuestClient.Answer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Guests placing one-night orders from several clients at once until stopped. Only what the backend
 * acknowledged counts: a {@code 201 PAID} answer, remembered with the order's access token.
 */
final class GuestLoad {

    record PaidOrder(UUID orderId, String accessToken) {
    }

    private static final List<String> ROOM_TYPES = List.of("STANDARD", "DELUXE", "FAMILY", "SUITE");

    private final GuestClient guest;
    private final Map<UUID, PaidOrder> paid = new ConcurrentHashMap<>();
    private final Map<UUID, PaidOrder> cancelled = new ConcurrentHashMap<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);

    GuestLoad(String baseUrl) {
        this.guest = new GuestClient(baseUrl, Duration.ofSeconds(10));
    }

    List<Thread> start(int clients) {
        return IntStream.range(0, clients).mapToObj(i -> {
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
                var answer = guest.place(order());
                if (answer.status() == 201) {
                    var placed = answer.order();
                    var order = new PaidOrder(placed.orderId(), placed.accessToken());
                    paid.put(order.orderId(), order);
                    if (ThreadLocalRandom.current().nextInt(4) == 0) {
                        cancel(order);
                    }
                }
            } catch (UncheckedIOException killed) {
                unanswered.incrementAndGet();   // the guest saw no answer and gives up
                return;
            }
        }
    }

    /** One guest in four changes their mind at once; an answered cancellation must stand after any crash. */
    private void cancel(PaidOrder order) {
        Answer answer;
        try {
            answer = guest.cancel(order.orderId(), order.accessToken());
        } catch (UncheckedIOException cutOff) {
            paid.remove(order.orderId());   // no answer: the order may or may not be cancelled now
            throw cutOff;
        }
        if (answer.status() == 200) {
            paid.remove(order.orderId());
            cancelled.put(order.orderId(), order);
        }
    }

    private static PlaceOrderRequest order() {
        var random = ThreadLocalRandom.current();
        var checkIn = LocalDate.now().plusDays(10 + random.nextInt(40));
        return GuestClient.oneNight("Crash Test " + random.nextInt(1000), "010-1234-%04d".formatted(random.nextInt(10000)),
                ROOM_TYPES.get(random.nextInt(ROOM_TYPES.size())), checkIn);
    }

    /** The order as the guest sees it now: its HTTP status and body. */
    Answer view(PaidOrder order) {
        return guest.read(order.orderId(), order.accessToken());
    }
}
