package gotohotel.desk.viewmodel;

import gotohotel.desk.service.Booking;
import java.util.Locale;

/** A table row: the booking and its text to search in (guest name, phone digits, order id), computed once. */
public record BookingRow(Booking booking, String searchText) {

    public static BookingRow of(Booking booking) {
        String text = (nullToEmpty(booking.guestName()) + "\u0000" + digits(booking.phone()) + "\u0000"
                + (booking.orderId() == null ? "" : booking.orderId().toString())).toLowerCase(Locale.ROOT);
        return new BookingRow(booking, text);
    }

    /**
     * @param needleDigits the needle's digits when it looks like a phone number (digits, spaces, dashes,
     *                     dots, parentheses, a plus), else empty
     */
    boolean matches(String needle, String needleDigits) {
        return searchText.contains(needle) || (!needleDigits.isEmpty() && searchText.contains(needleDigits));
    }

    /** The digits of a needle that looks like a phone number, else empty (a name with a digit is not one). */
    static String phoneDigits(String needle) {
        return needle.matches("[0-9 ()+.\\-]*[0-9][0-9 ()+.\\-]*") ? digits(needle) : "";
    }

    static String digits(String text) {
        if (text == null) {
            return "";
        }
        var digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
