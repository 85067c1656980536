package gotohotel.backend.payment;

import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.InvalidInputException.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A payment card as the guest typed it, validated; lives only for the duration of the request. */
public record Card(CardNumber number, YearMonth expiry, String cvc) {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("MM/yy");

    /**
     * Validates the card's fields (Luhn, {@code MM/YY} not in the past, three or four digit CVC).
     *
     * @throws InvalidInputException listing every invalid field under {@code card.*}
     */
    public static Card of(String number, String expiry, String cvc, LocalDate today) {
        List<Violation> errors = new ArrayList<>();
        var parsedNumber = CardNumber.parse(number);
        if (parsedNumber.isEmpty()) {
            errors.add(new Violation("card.number", "is not a valid card number"));
        }
        YearMonth parsedExpiry = parseExpiry(expiry);
        if (parsedExpiry == null) {
            errors.add(new Violation("card.expiry", "must be MM/YY"));
        } else if (parsedExpiry.isBefore(YearMonth.from(today))) {
            errors.add(new Violation("card.expiry", "the card has expired"));
        }
        if (cvc == null || !cvc.matches("\\d{3,4}")) {
            errors.add(new Violation("card.cvc", "must be 3 or 4 digits"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Card(parsedNumber.get(), parsedExpiry, cvc);
    }

    private static YearMonth parseExpiry(String expiry) {
        if (expiry == null || !expiry.matches("\\d{2}/\\d{2}")) {
            return null;
        }
        try {
            return YearMonth.parse(expiry, EXPIRY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "Card[" + number + "]";
    }
}
