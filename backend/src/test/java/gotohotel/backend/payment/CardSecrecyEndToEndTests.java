package gotohotel.backend.payment;

import static gotohotel.backend.support.Bookings.freshStay;
import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.EndToEndTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CardSecrecyEndToEndTests extends EndToEndTest {

    private static final String CARD = "5555555555554444";

    @Test
    void theFullCardNumberIsNeitherStoredNorLogged(CapturedOutput output) {
        var placed = api.post("/api/orders", request("STANDARD", freshStay(), CARD), null);
        assertThat(placed.status()).isEqualTo(201);
        UUID orderId = UUID.fromString(placed.body().get("orderId").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM reservation WHERE order_id = ?", Integer.class, orderId) == 1);
        var declined = api.post("/api/orders", request("STANDARD", freshStay(), "4000000000009995"), null);
        assertThat(declined.status()).isEqualTo(402);

        assertThat(placed.text()).doesNotContain(CARD).contains("4444");
        for (String table : new String[] {"orders", "payment", "reservation", "event_publication",
                "order_idempotency_key", "room_hold"}) {
            String dump = jdbc.queryForList("SELECT * FROM " + table).toString();
            assertThat(dump).as(table).doesNotContain(CARD).doesNotContain("4000000000009995");
        }
        assertThat(output.getAll()).doesNotContain(CARD).doesNotContain("4000000000009995");
    }
}
