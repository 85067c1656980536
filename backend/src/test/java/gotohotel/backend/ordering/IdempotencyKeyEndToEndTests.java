package gotohotel.backend.ordering;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.EndToEndTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotencyKeyEndToEndTests extends EndToEndTest {

    @Test
    void sameKeyAndBodyReturnTheSameOrderAndChargeOnce() {
        var body = request("DELUXE");
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        var first = api.post("/api/orders", body, null, key);
        var again = api.post("/api/orders", body, null, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        String orderId = first.body().get("orderId").asString();
        assertThat(again.body().get("orderId").asString()).isEqualTo(orderId);
        assertThat(again.body().get("accessToken").asString()).isEqualTo(first.body().get("accessToken").asString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Integer.class,
                UUID.fromString(orderId))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM room_hold WHERE order_id = ?", Integer.class,
                UUID.fromString(orderId))).isEqualTo(1);
    }

    @Test
    void sameKeyWithADifferentBodyIsRefusedWith422() {
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        api.post("/api/orders", request("DELUXE"), null, key);

        var different = api.post("/api/orders", request("STANDARD"), null, key);

        assertThat(different.status()).isEqualTo(422);
        assertThat(different.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:idempotency-key-reused");
    }
}
