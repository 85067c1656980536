package gotohotel.backend.inventory;

import static gotohotel.backend.support.Bookings.APPROVED_CARD;
import static gotohotel.backend.support.Bookings.freshStay;
import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.EndToEndTest;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OverbookingEndToEndTests extends EndToEndTest {

    @Test
    void fiftyGuestsRacingForFiveRoomsGetExactlyFive() throws Exception {
        var stay = freshStay();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Callable<Integer> order = () -> {
                    start.await();
                    return api.post("/api/orders", request("FAMILY", stay, APPROVED_CARD), null).status();
                };
                answers.add(pool.submit(order));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }

            assertThat(statuses).filteredOn(status -> status == 201).hasSize(5);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(45);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForList("SELECT held FROM room_night WHERE room_type = 'FAMILY' AND night >= ? AND night < ?",
                Integer.class, Date.valueOf(stay[0]), Date.valueOf(stay[1]))).containsOnly(5);
        var availability = api.get("/api/availability?checkIn=" + stay[0] + "&checkOut=" + stay[1] + "&guests=4", null);
        assertThat(availability.body().get(0).get("roomType").asString()).isEqualTo("FAMILY");
        assertThat(availability.body().get(0).get("available").asInt()).isZero();
    }

    @Test
    void soldOutIsAProblemWithItsOwnType() {
        var stay = freshStay();
        api.post("/api/orders", request("SUITE", stay, APPROVED_CARD), null);
        api.post("/api/orders", request("SUITE", stay, APPROVED_CARD), null);

        var third = api.post("/api/orders", request("SUITE", stay, APPROVED_CARD), null);

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:sold-out");
    }
}
