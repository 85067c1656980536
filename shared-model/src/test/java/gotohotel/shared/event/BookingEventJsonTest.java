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
    void theOnePaidEventReadsBackAndADeclineWrittenBeforeItStillReads() {
        var paid = new OrderPaid(UUID.randomUUID(), Instant.parse("2026-12-07T10:15:30Z"), UUID.randomUUID(),
                new Booking("Kim Minji", "01012345678", "DELUXE", LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 5), 2),
                new BigDecimal("360000"), "KRW", null);

        String text = json.writeValueAsString(paid);

        assertThat(text).contains("\"type\":\"OrderPaid\"");
        assertThat(json.readValue(text, BookingEvent.class)).isEqualTo(paid);
        assertThat(Topics.of(paid)).isEqualTo(Topics.ORDERS);
        // as an instance of an earlier version wrote it: no booking, amount or currency
        var old = json.readValue("""
                {"type":"PaymentDeclined","eventId":"%s","occurredAt":"2026-11-25T10:15:30Z","orderId":"%s",
                 "reason":"card_declined"}""".formatted(UUID.randomUUID(), paid.orderId()), BookingEvent.class);
        assertThat(old).isInstanceOfSatisfying(PaymentDeclined.class, declined -> {
            assertThat(declined.reason()).isEqualTo("card_declined");
            assertThat(declined.booking()).isNull();
            assertThat(declined.amount()).isNull();
        });
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
