package gotohotel.backend.sync;

import gotohotel.backend.web.ApiException;
import java.util.regex.Pattern;

/**
 * A position in the changes feed as the desk holds it: {@code "s<n>"} while the first full download pages
 * through the recent reservations, {@code "<n>"} afterwards. Opaque to the desk.
 */
record Cursor(long position, boolean snapshot) {

    private static final Pattern FORMAT = Pattern.compile("(s?)(\\d{1,18})");

    static Cursor parse(String since) {
        if (since == null || since.isEmpty()) {
            return new Cursor(0, true);
        }
        var matcher = FORMAT.matcher(since);
        if (!matcher.matches()) {
            throw ApiException.invalid("since", "is not a cursor this server gave out");
        }
        return new Cursor(Long.parseLong(matcher.group(2)), !matcher.group(1).isEmpty());
    }

    Cursor advancedTo(long next) {
        return new Cursor(next, snapshot);
    }

    /** After the first download is complete the desk follows every change, old stays included. */
    Cursor following() {
        return new Cursor(position, false);
    }

    @Override
    public String toString() {
        return (snapshot ? "s" : "") + position;
    }
}
