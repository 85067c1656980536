package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.text.PhoneNumber;

/**
 * A table row: the booking, and how a search finds it (guest name ignoring case, the phone's digits, the order
 * id). Nothing is copied for the search: the desk holds 100,000 rows, and a copy of each row's text would cost
 * ten megabytes for what a scan of the fields does within a few milliseconds.
 */
public record BookingRow(DeskBooking booking) {

    public static BookingRow of(DeskBooking booking) {
        return new BookingRow(booking);
    }

    /**
     * @param needle       the search text, lower-cased (root locale), not empty
     * @param needleDigits the needle's digits when it looks like a phone number (digits, spaces, dashes,
     *                     dots, parentheses, a plus), else empty
     */
    boolean matches(String needle, String needleDigits) {
        return containsIgnoringCase(booking.guestName(), needle)
                || (!needleDigits.isEmpty() && phoneContains(booking.phone(), needleDigits))
                || (looksLikeOrderId(needle) && booking.orderId() != null
                        && booking.orderId().toString().contains(needle));
    }

    /**
     * The digits of a needle that looks like a phone number, as dialled in Korea ({@code +82 10} → {@code 010}),
     * else empty (a name with a digit is not one).
     */
    static String phoneDigits(String needle) {
        if (!needle.matches("[0-9 ()+.\\-]*[0-9][0-9 ()+.\\-]*")) {
            return "";
        }
        String national = PhoneNumber.national(needle);
        // "+82" alone reads as "0", which every number holds: a country code with nothing after it is its digits
        return national != null && national.length() > 1 ? national : digits(needle);
    }

    /**
     * Whether the phone's digits contain {@code digits}: as stored, or for a number stored with {@code +82} as
     * dialled in Korea (only such numbers are copied, most are scanned where they are).
     */
    static boolean phoneContains(String phone, String digits) {
        if (digitsContain(phone, digits)) {
            return true;
        }
        if (phone != null && (phone.contains("+") || phone.stripLeading().startsWith("00"))) {
            String national = PhoneNumber.national(phone);
            return national != null && national.contains(digits);
        }
        return false;
    }

    static String digits(String text) {
        var digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }

    /** Whether {@code text} contains the lower-case {@code needle}, letter case aside. */
    static boolean containsIgnoringCase(String text, String needle) {
        if (text == null) {
            return false;
        }
        char first = needle.charAt(0);
        for (int i = 0, last = text.length() - needle.length(); i <= last; i++) {
            if (Character.toLowerCase(text.charAt(i)) == first
                    && text.regionMatches(true, i + 1, needle, 1, needle.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the digits of {@code text}, read in order and ignoring anything else, contain {@code digits}. */
    static boolean digitsContain(String text, String digits) {
        if (text == null) {
            return false;
        }
        for (int start = 0; start < text.length(); start++) {
            if (!Character.isDigit(text.charAt(start))) {
                continue;
            }
            int matched = 0;
            for (int i = start; i < text.length() && matched < digits.length(); i++) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    if (c != digits.charAt(matched)) {
                        break;
                    }
                    matched++;
                }
            }
            if (matched == digits.length()) {
                return true;
            }
        }
        return false;
    }

    /** Only hexadecimal digits and dashes can be part of an order id's text. */
    private static boolean looksLikeOrderId(String needle) {
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
