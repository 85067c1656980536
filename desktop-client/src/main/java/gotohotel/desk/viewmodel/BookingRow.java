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

    boolean matches(String needle, String needleDigits) {
        return searchText.contains(needle) || (!needleDigits.isEmpty() && searchText.contains(needleDigits));
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
