package gotohotel.backend.sync;

import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.reservation.ReservationFeed.Mark;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A position in the changes feed as the desk holds it, opaque to the desk (decision 39):
 * {@code <epoch>.<s?><position>[.<id>.<version>.<millis>]} — the feed epoch it belongs to, the position
 * ({@code s} while the first full download pages through the recent reservations only) and the mark of the last
 * change received there, a reservation's or a room's (its id, version and time). Cursors of desks from before
 * epochs ({@code "s<n>"}, {@code "<n>"}) have neither epoch nor mark.
 *
 * @param epoch null for a new desk (no cursor) or a cursor from before epochs
 * @param last  null at position 0 and in cursors from before epochs
 */
record Cursor(UUID epoch, long position, boolean snapshot, Mark last) {

    private static final Pattern LEGACY = Pattern.compile("(s?)(\\d{1,18})");
    private static final Pattern FORMAT = Pattern.compile(
            "(\\p{XDigit}{32})\\.(s?)(\\d{1,18})(?:\\.(\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}"
                    + "-\\p{XDigit}{12})\\.(\\d{1,18})\\.(\\d{1,18}))?");

    static Cursor parse(String since) {
        if (since == null || since.isEmpty()) {
            return new Cursor(null, 0, true, null);
        }
        var legacy = LEGACY.matcher(since);
        if (legacy.matches()) {
            return new Cursor(null, Long.parseLong(legacy.group(2)), !legacy.group(1).isEmpty(), null);
        }
        var matcher = FORMAT.matcher(since);
        if (!matcher.matches()) {
            throw new InvalidInputException("since", "is not a cursor this server gave out");
        }
        String epoch = matcher.group(1);
        var last = matcher.group(4) == null ? null : new Mark(UUID.fromString(matcher.group(4)),
                Long.parseLong(matcher.group(5)), Long.parseLong(matcher.group(6)));
        return new Cursor(new UUID(HexFormat.fromHexDigitsToLong(epoch, 0, 16),
                HexFormat.fromHexDigitsToLong(epoch, 16, 32)), Long.parseLong(matcher.group(3)),
                !matcher.group(2).isEmpty(), last);
    }

    /** This cursor in the epoch it was found in (a new desk's or an old one's takes the current epoch). */
    Cursor in(UUID current) {
        return new Cursor(current, position, snapshot, last);
    }

    Cursor advancedTo(long next, Mark received) {
        return new Cursor(epoch, next, snapshot, received);
    }

    /** After the first download is complete the desk follows every change, old stays included. */
    Cursor following() {
        return new Cursor(epoch, position, false, last);
    }

    @Override
    public String toString() {
        var text = new StringBuilder();
        if (epoch != null) {
            text.append(HexFormat.of().toHexDigits(epoch.getMostSignificantBits()))
                    .append(HexFormat.of().toHexDigits(epoch.getLeastSignificantBits())).append('.');
        }
        text.append(snapshot ? "s" : "").append(position);
        if (epoch != null && last != null) {
            text.append('.').append(last.reservationId()).append('.').append(last.version()).append('.')
                    .append(last.updatedAtMillis());
        }
        return text.toString();
    }
}
