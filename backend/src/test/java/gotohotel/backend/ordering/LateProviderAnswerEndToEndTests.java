package gotohotel.backend.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.backend.inventory.Stay;
import gotohotel.backend.money.Money;
import gotohotel.backend.payment.Authorization;
import gotohotel.backend.payment.Card;
import gotohotel.backend.payment.PaymentUnavailableException;
import gotohotel.backend.payment.Payments;
import gotohotel.backend.support.EndToEndTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The provider answers a placement only after the payment reconciler decided the order (a pause longer than its
 * wait): the reconciler's decision stands, the guest is told it, and an approval it did not know of is refunded.
 */
class LateProviderAnswerEndToEndTests extends EndToEndTest {

    private static final Money TOTAL = Money.of(new BigDecimal("240000"), "KRW");

    @Autowired
    private OrderService orderService;
    @Autowired
    private PlacementWrites placements;
    @Autowired
    private Payments payments;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void anOrderTheReconcilerMarkedPaidIsAnsweredAsPaidAndChargedOnce() {
        var placed = placedOrder();
        var approval = payments.authorize(placed.id(), TOTAL, card());
        transactions.execute(status -> orderService.settle(placed.id(), approval));   // the reconciler, first

        var answered = orderService.settleOrTellWhatWasDecided(placed, approval, "the guest's token");

        assertThat(answered.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(answered.accessToken()).isEqualTo("the guest's token");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Integer.class, placed.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT version FROM orders WHERE id = ?", Long.class, placed.id())).isEqualTo(1);
    }

    @Test
    void anOrderTheReconcilerFailedKeepsFailingAndTheLateApprovalIsLeftToBeRefunded() {
        var placed = placedOrder();
        transactions.executeWithoutResult(status -> orderService.failPayment(placed.id(), "the provider never saw it"));
        var approval = payments.authorize(placed.id(), TOTAL, card());   // ...and then it did

        assertThatThrownBy(() -> orderService.settleOrTellWhatWasDecided(placed, approval, "token"))
                .isInstanceOf(PaymentUnavailableException.class);

        assertThat(jdbc.queryForObject("SELECT status FROM orders WHERE id = ?", String.class, placed.id()))
                .isEqualTo("PAYMENT_FAILED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Integer.class, placed.id()))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_unresolved WHERE order_id = ?", Integer.class,
                placed.id())).as("remembered for the late-approval check, which refunds it").isEqualTo(1);
    }

    @Test
    void anOrderTheReconcilerDeclinedIsAnsweredDeclined() {
        var placed = placedOrder();
        var decline = Authorization.declined("card_declined", "0002");
        transactions.execute(status -> orderService.settle(placed.id(), decline));

        assertThatThrownBy(() -> orderService.settleOrTellWhatWasDecided(placed, decline, "token"))
                .isInstanceOf(PaymentDeclinedException.class);
    }

    private Order placedOrder() {
        var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var checkIn = LocalDate.now().plusDays(300);
        var order = Order.place(UUID.randomUUID(), new Guest("Late Answer", "+821055501234", null), "STANDARD",
                new Stay(checkIn, checkIn.plusDays(2)), 2, TOTAL,
                new CancellationPolicy(now.plus(200, ChronoUnit.DAYS), new BigDecimal("120000")), "b".repeat(64), now);
        transactions.executeWithoutResult(status -> placements.insert(order));
        return order;
    }

    private static Card card() {
        return Card.of("4242424242424242", "12/30", "123", LocalDate.now());
    }
}
