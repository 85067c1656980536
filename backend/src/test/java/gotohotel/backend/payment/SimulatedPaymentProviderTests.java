package gotohotel.backend.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.backend.money.Money;
import gotohotel.backend.support.EndToEndTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The default provider keeps its ledger in the database, so a restart forgets nothing. */
class SimulatedPaymentProviderTests extends EndToEndTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Money AMOUNT = Money.of(new BigDecimal("120000"), "KRW");

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aProviderStartedAfterARestartStillKnowsAndRefundsTheAuthorisation() {
        UUID orderId = UUID.randomUUID();
        var approved = freshProvider().authorize(orderId, AMOUNT, card("4242424242424242"));

        var afterRestart = freshProvider();

        assertThat(afterRestart.find(orderId)).contains(approved);
        assertThat(afterRestart.refund(orderId, UUID.randomUUID(), AMOUNT)).startsWith("sim_refund_");
    }

    @Test
    void declinesTheWellKnownTestCardsAndChargesOncePerOrder() {
        var provider = freshProvider();
        UUID orderId = UUID.randomUUID();

        var first = provider.authorize(orderId, AMOUNT, card("4242424242424242"));
        var again = freshProvider().authorize(orderId, AMOUNT, card("4242424242424242"));

        assertThat(again).isEqualTo(first);
        assertThat(provider.authorize(UUID.randomUUID(), AMOUNT, card("4000000000000002")).declineReason())
                .isEqualTo("card_declined");
        assertThat(provider.authorize(UUID.randomUUID(), AMOUNT, card("4000000000009995")).declineReason())
                .isEqualTo("insufficient_funds");
        assertThat(provider.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void oneRefundIdRefundsOnceAndRefundsNeverExceedTheAuthorisation() {
        UUID orderId = UUID.randomUUID();
        freshProvider().authorize(orderId, AMOUNT, card("4242424242424242"));
        UUID refundId = UUID.randomUUID();
        var half = Money.of(new BigDecimal("60000"), "KRW");

        String reference = freshProvider().refund(orderId, refundId, half);

        assertThat(freshProvider().refund(orderId, refundId, half)).isEqualTo(reference);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_simulated_ledger WHERE order_id = ? "
                + "AND kind = 'REFUND'", Integer.class, orderId)).isEqualTo(1);
        assertThatThrownBy(() -> freshProvider().refund(orderId, UUID.randomUUID(), AMOUNT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> freshProvider().refund(UUID.randomUUID(), UUID.randomUUID(), AMOUNT))
                .isInstanceOf(IllegalStateException.class);
    }

    private SimulatedPaymentProvider freshProvider() {
        return new SimulatedPaymentProvider(jdbc, transactions, Clock.systemUTC(), Duration.ZERO);
    }

    private static Card card(String number) {
        return Card.of(number, "12/30", "123", TODAY);
    }
}
