package gotohotel.desk.sync;

import gotohotel.testkit.GuestClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
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

    private final GuestClient guest;
    private final AtomicInteger nextRoom = new AtomicInteger();

    Guests(String baseUrl) {
        this.guest = new GuestClient(baseUrl);
    }

    /** Books and pays one night; returns once the backend answered 201. */
    public PaidOrder book() {
        int room = nextRoom.getAndIncrement();
        var checkIn = LocalDate.now().plusDays(3 + room / ROOMS_A_NIGHT.size());
        var order = guest.place(GuestClient.oneNight("Desk Test " + room, "010-1234-%04d".formatted(room % 10000),
                ROOMS_A_NIGHT.get(room % ROOMS_A_NIGHT.size()), checkIn)).expect(201);
        return new PaidOrder(order.orderId(), order.accessToken());
    }

    /** Books {@code count} nights from four guests at once. */
    List<PaidOrder> book(int count) {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<PaidOrder>>();
            IntStream.range(0, count).forEach(i -> futures.add(pool.submit((Callable<PaidOrder>) this::book)));
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
        guest.cancel(order.orderId(), order.accessToken()).expect(200);
    }

    private static List<String> roomsANight() {
        var rooms = new ArrayList<String>();
        rooms.addAll(Collections.nCopies(10, "STANDARD"));
        rooms.addAll(Collections.nCopies(8, "DELUXE"));
        rooms.addAll(Collections.nCopies(5, "FAMILY"));
        rooms.addAll(Collections.nCopies(2, "SUITE"));
        return List.copyOf(rooms);
    }
}
