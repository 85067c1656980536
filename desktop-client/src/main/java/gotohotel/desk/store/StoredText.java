package gotohotel.desk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Dates and instants as the store writes them ({@code LocalDate.toString()}, {@code Instant.toString()}), read
 * back without a {@code DateTimeFormatter}: the desk reads 100,000 rows while it starts, and the formatter's
 * general parser was a third of that read. Anything not in the plain form goes through the JDK's parser.
 */
final class StoredText {

    private StoredText() {
    }

    /** {@code 2026-11-26}. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** {@code 2026-11-26T04:05:08Z}, with up to nine digits of a second's fraction before the {@code Z}. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        if (length >= 20 && length <= 30 && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z' && (length == 20 || text.charAt(19) == '.')) {
            LocalDate day = date(text.substring(0, 10));
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = length == 20 ? 0 : fraction(text, 20, length - 1);
            if (hour >= 0 && minute >= 0 && second >= 0 && nanos >= 0) {
                return LocalDateTime.of(day.getYear(), day.getMonth(), day.getDayOfMonth(), hour, minute, second, nanos)
                        .toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(text);
    }

    /** The number the ASCII digits from..to spell, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A second's fraction of 1 to 9 digits as nanoseconds, or -1. */
    private static int fraction(String text, int from, int to) {
        if (to - from < 1 || to - from > 9) {
            return -1;
        }
        int value = digits(text, from, to);
        for (int i = to - from; i < 9 && value >= 0; i++) {
            value *= 10;
        }
        return value;
    }
}
