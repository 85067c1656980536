package gotohotel.backend.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.backend.domain.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CardTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void acceptsLuhnValidNumbersWithSpacesOrDashes() {
        assertThat(CardNumber.parse("4242 4242 4242 4242")).isPresent();
        assertThat(CardNumber.parse("5555-5555-5555-4444")).isPresent();
        assertThat(CardNumber.parse("4242424242424241")).isEmpty();
        assertThat(CardNumber.parse("42424242")).isEmpty();
        assertThat(CardNumber.parse(null)).isEmpty();
    }

    @Test
    void neverPrintsItsNumber() {
        var card = Card.of("4242424242424242", "12/30", "123", TODAY);

        assertThat(card.toString()).doesNotContain("424242424242").contains("4242");
        assertThat(card.number().last4()).isEqualTo("4242");
    }

    @Test
    void refusesExpiredOrMalformedExpiryAndCvc() {
        assertThatThrownBy(() -> Card.of("4242424242424242", "10/26", "12a", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("card.expiry", "card.cvc"));
        assertThat(Card.of("4242424242424242", "11/26", "1234", TODAY).expiry().getMonthValue()).isEqualTo(11);
    }
}
