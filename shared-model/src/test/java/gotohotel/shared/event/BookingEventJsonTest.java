package gotohotel.shared.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BookingEventJsonTest {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void eventJsonCarriesItsTypeAndReadsBackAsTheSameRecord() {
        var event = new PaymentApproved(UUID.randomUUID(), Instant.parse("2026-11-25T10:15:30Z"), UUID.randomUUID(),
                new Booking("Kim Minji", "01012345678", "DELUXE", LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 5), 2),
                new BigDecimal("360000"), "KRW", "4242");

        String text = json.writeValueAsString(event);

        assertThat(text).contains("\"type\":\"PaymentApproved\"", "\"eventId\"", "\"occurredAt\"", "\"orderId\"");
        assertThat(json.readValue(text, BookingEvent.class)).isEqualTo(event);
    }

    @Test
    void routesEveryEventToTheTopicOfItsContext() {
        var id = UUID.randomUUID();
        var now = Instant.now();
        assertThat(Topics.of(new PaymentDeclined(id, now, id, "declined"))).isEqualTo(Topics.PAYMENTS);
        assertThat(Topics.of(new ReservationCancelled(id, now, id, id, 2))).isEqualTo(Topics.RESERVATIONS);
        assertThat(Topics.of(new OrderCancelled(id, now, id, null, BigDecimal.ZERO, "KRW"))).isEqualTo(Topics.ORDERS);
    }
}
