package gotohotel.backend.reservation;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.EndToEndTest;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.OrderCancelled;
import gotohotel.shared.event.OrderPaid;
import gotohotel.shared.event.OrderPlaced;
import gotohotel.shared.event.PaymentApproved;
import gotohotel.shared.event.Topics;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Redelivery, reordering and the reservation side being down: every paid order ends as one reservation. */
class ReservationEventDeliveryEndToEndTests extends EndToEndTest {

    @Autowired
    private KafkaTemplate<Object, Object> kafka;
    @Autowired
    private JsonMapper json;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Test
    void theSamePaymentEventDeliveredTwiceMakesOneReservation() throws Exception {
        var orderId = UUID.randomUUID();
        var approved = new PaymentApproved(UUID.randomUUID(), Instant.now(), orderId, booking(), new BigDecimal("240000"),
                "KRW", "4242");

        send(Topics.PAYMENTS, approved);
        send(Topics.PAYMENTS, approved);
        send(Topics.PAYMENTS, new PaymentApproved(UUID.randomUUID(), Instant.now(), orderId, booking(),
                new BigDecimal("240000"), "KRW", "4242"));

        await().atMost(Duration.ofSeconds(20)).until(() -> reservationsOf(orderId) >= 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> reservationsOf(orderId) == 1);
    }

    @Test
    void acrossARollingUpgradeAnOrderPaidAndThePaymentApprovedBeforeItMakeOneReservation() throws Exception {
        var orderId = UUID.randomUUID();
        // decision record 55: an instance of the earlier version wrote PaymentApproved, this one writes OrderPaid
        send(Topics.PAYMENTS, new PaymentApproved(UUID.randomUUID(), Instant.now(), orderId, booking(),
                new BigDecimal("240000"), "KRW", "4242"));
        var paid = new OrderPaid(UUID.randomUUID(), Instant.now(), orderId, booking(), new BigDecimal("240000"), "KRW",
                "4242");
        send(Topics.ORDERS, paid);
        send(Topics.ORDERS, paid);

        await().atMost(Duration.ofSeconds(20)).until(() -> reservationsOf(orderId) >= 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> reservationsOf(orderId) == 1);
        assertThat(jdbc.queryForObject("SELECT amount FROM reservation WHERE order_id = ?", BigDecimal.class,
                orderId)).isEqualByComparingTo("240000");
    }

    @Test
    void aCancellationThatOvertakesThePaymentLeavesTheReservationCancelled() throws Exception {
        var orderId = UUID.randomUUID();
        send(Topics.ORDERS, new OrderCancelled(UUID.randomUUID(), Instant.now(), orderId, booking(),
                new BigDecimal("240000"), "KRW"));
        await().atMost(Duration.ofSeconds(20)).until(() -> reservationsOf(orderId) == 1);

        send(Topics.PAYMENTS, new PaymentApproved(UUID.randomUUID(), Instant.now(), orderId, booking(),
                new BigDecimal("240000"), "KRW", "4242"));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForList(
                "SELECT status FROM reservation WHERE order_id = ?", String.class, orderId).equals(List.of("CANCELLED")));
    }

    @Test
    void eventsTheHotelDoesNotActOnAreNotRememberedAsProcessed() throws Exception {
        var orderId = UUID.randomUUID();
        var placed = new OrderPlaced(UUID.randomUUID(), Instant.now(), orderId, booking(), new BigDecimal("240000"), "KRW");
        var cancelled = new OrderCancelled(UUID.randomUUID(), Instant.now(), orderId, booking(), BigDecimal.ZERO, "KRW");
        send(Topics.ORDERS, placed);
        send(Topics.ORDERS, cancelled);   // same key, same partition: consumed after the OrderPlaced

        await().atMost(Duration.ofSeconds(20)).until(() -> reservationsOf(orderId) == 1);
        assertThat(jdbc.queryForList("SELECT event_id FROM processed_event WHERE consumer = 'reservation' "
                + "AND event_id IN (?, ?)", UUID.class, placed.eventId(), cancelled.eventId()))
                .containsExactly(cancelled.eventId());   // before: a row for the OrderPlaced too
    }

    @Test
    void ordersAreAcceptedWhileTheHotelSideIsDownAndReachItExactlyOnceAfter() {
        listeners.getListenerContainer("reservation-payments").stop();
        listeners.getListenerContainer("reservation-orders").stop();
        List<UUID> orders = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                var placed = api.post("/api/orders", request("DELUXE"), null);
                assertThat(placed.status()).isEqualTo(201);
                assertThat(placed.body().get("status").asString()).isEqualTo("PAID");
                orders.add(UUID.fromString(placed.body().get("orderId").asString()));
            }
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> orders.stream().allMatch(id -> reservationsOf(id) == 0));
        } finally {
            listeners.getListenerContainer("reservation-payments").start();
            listeners.getListenerContainer("reservation-orders").start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> orders.stream().allMatch(id -> reservationsOf(id) == 1));
    }

    private int reservationsOf(UUID orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reservation WHERE order_id = ?", Integer.class, orderId);
    }

    private void send(String topic, BookingEvent event) throws Exception {
        kafka.send(topic, event.orderId().toString(), json.writeValueAsBytes(event)).get();
    }

    private static Booking booking() {
        var checkIn = LocalDate.now().plusDays(300);
        return new Booking("Lee Jun", "01055556666", "STANDARD", checkIn, checkIn.plusDays(2), 2);
    }
}
