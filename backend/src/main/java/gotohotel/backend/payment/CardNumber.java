package gotohotel.backend.payment;

import java.util.Optional;

/** A primary account number that passed the Luhn check. It never prints itself. */
public final class CardNumber {

    private final String digits;

    private CardNumber(String digits) {
        this.digits = digits;
    }

    /** The number with spaces and dashes removed, if it has 12 to 19 digits and passes the Luhn check. */
    public static Optional<CardNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{12,19}") || !luhn(digits)) {
            return Optional.empty();
        }
        return Optional.of(new CardNumber(digits));
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    public String last4() {
        return digits.substring(digits.length() - 4);
    }

    /** The full number, for the provider call only. */
    String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CardNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "**** " + last4();
    }
}
