package gotohotel.backend.ordering;

import static gotohotel.backend.support.Bookings.freshStay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.inventory.Inventory;
import gotohotel.backend.inventory.Stay;
import gotohotel.backend.money.Money;
import gotohotel.backend.payment.Card;
import gotohotel.backend.payment.Payments;
import gotohotel.backend.support.EndToEndTest;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Orders a crash left in PENDING_PAYMENT are settled by asking the provider with the order id. */
class PaymentReconcilerEndToEndTests extends EndToEndTest {

    @Autowired
    private OrderRepository orders;
    @Autowired
    private Inventory inventory;
    @Autowired
    private Payments payments;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void anOrderTheProviderApprovedBeforeTheCrashBecomesPaidAndReachesTheHotel() {
        UUID orderId = UUID.randomUUID();
        var total = pendingOrderFromBeforeACrash(orderId);
        payments.authorize(orderId, total, Card.of("4242424242424242", "12/30", "123", LocalDate.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> status(orderId) == OrderStatus.PAID);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM reservation WHERE order_id = ?", Integer.class, orderId) == 1);
    }

    @Test
    void anOrderTheProviderNeverSawFailsAndItsNightsGoBack() {
        UUID orderId = UUID.randomUUID();
        pendingOrderFromBeforeACrash(orderId);

        await().atMost(Duration.ofSeconds(20)).until(() -> status(orderId) == OrderStatus.PAYMENT_FAILED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM room_hold WHERE order_id = ? AND released_at IS NOT NULL",
                Integer.class, orderId)).isEqualTo(1);
    }

    @Test
    void ordersThatKeepFailingMoveToTheBackAndNeverStarveTheOthers() {
        var total = Money.of(new BigDecimal("240000"), "KRW");
        List<UUID> poisoned = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            UUID orderId = UUID.randomUUID();
            unheldPendingOrder(orderId, total, Duration.ofMinutes(20));
            payments.authorize(orderId, total, Card.of("4242424242424242", "12/30", "123", LocalDate.now()));
            // a stray payment row makes settling this order fail, round after round
            jdbc.update("INSERT INTO payment (order_id, version, status, amount, refunded_amount, refund_owed_amount, "
                    + "currency, created_at, updated_at) VALUES (?, 0, 'APPROVED', 240000, 0, 0, 'KRW', ?, ?)",
                    orderId, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
            poisoned.add(orderId);
        }
        UUID younger = UUID.randomUUID();
        unheldPendingOrder(younger, total, Duration.ofMinutes(5));
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> status(younger) == OrderStatus.PAYMENT_FAILED);
            assertThat(jdbc.queryForObject("SELECT MIN(attempts) FROM order_payment_check WHERE order_id IN ("
                    + String.join(",", poisoned.stream().map(id -> "'" + id + "'").toList()) + ")", Integer.class))
                    .isPositive();
        } finally {
            poisoned.forEach(id -> jdbc.update("UPDATE orders SET status = 'PAYMENT_FAILED' WHERE id = ?", id));
        }
    }

    private void unheldPendingOrder(UUID orderId, Money total, Duration age) {
        LocalDate[] dates = {LocalDate.now().plusDays(400), LocalDate.now().plusDays(402)};
        Instant createdAt = Instant.now().minus(age);
        orders.save(Order.place(orderId, new Guest("Park Seo", "01099998888", null), "STANDARD",
                new Stay(dates[0], dates[1]), 2, total, new CancellationPolicy(createdAt, new BigDecimal("120000")),
                "0".repeat(64), createdAt));
    }

    private Money pendingOrderFromBeforeACrash(UUID orderId) {
        LocalDate[] dates = freshStay();
        var stay = new Stay(dates[0], dates[1]);
        var total = Money.of(new BigDecimal("240000"), "KRW");
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        transactions.executeWithoutResult(status -> {
            inventory.hold(orderId, "STANDARD", stay);
            orders.save(Order.place(orderId, new Guest("Park Seo", "01099998888", null), "STANDARD", stay, 2, total,
                    new CancellationPolicy(tenMinutesAgo, new BigDecimal("120000")), "0".repeat(64), tenMinutesAgo));
        });
        assertThat(jdbc.queryForObject("SELECT held FROM room_night WHERE room_type = 'STANDARD' AND night = ?",
                Integer.class, Date.valueOf(dates[0]))).isPositive();
        return total;
    }

    private OrderStatus status(UUID orderId) {
        return orders.findById(orderId).map(Order::status).orElseThrow();
    }
}
