package gotohotel.desk.text;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A bundle key with the values its text names ({0}, {1}, …) in one string, as the screens' error properties
 * carry them: the key and each value separated by {@link #SEPARATOR}. A string without it is a key or a sentence.
 *
 * <p>The sync's errors ({@value #SYNC_ERROR}…) carry one value, the technical cause ({@code SocketTimeoutException:
 * timeout}, {@code HTTP 503: …}): their texts say what happens in a receptionist's words and never show it; the
 * cause goes to a tooltip and the log only ({@link #cause}).
 */
public final class ScreenText {

    public static final char SEPARATOR = '\u001F';
    /** The keys whose value is a technical cause, never shown in the sentence. */
    public static final String SYNC_ERROR = "sync.error.";

    private ScreenText() {
    }

    public static String of(String key, Object... values) {
        return Stream.concat(Stream.of(key), Arrays.stream(values).map(String::valueOf))
                .collect(Collectors.joining(String.valueOf(SEPARATOR)));
    }

    /** The key first, then the values (just the key or sentence when there are none). */
    public static String[] parts(String text) {
        return text.split(String.valueOf(SEPARATOR), -1);
    }

    /** The technical cause a sync error carries (for a tooltip or the log), or empty for any other text. */
    public static Optional<String> cause(String text) {
        if (text == null || !text.startsWith(SYNC_ERROR)) {
            return Optional.empty();
        }
        String[] parts = parts(text);
        String cause = Arrays.stream(parts, 1, parts.length).filter(part -> !part.isBlank())
                .collect(Collectors.joining("; "));
        return cause.isEmpty() ? Optional.empty() : Optional.of(cause);
    }

    /** The text as the log reads it: the key and its values, in one line. */
    public static String forLog(String text) {
        return text == null ? "" : String.join(" — ", parts(text));
    }
}
