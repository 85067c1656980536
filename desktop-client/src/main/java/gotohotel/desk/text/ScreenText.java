package gotohotel.desk.text;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A bundle key with the values its text names ({0}, {1}, …) in one string, as the screens' error properties
 * carry them: the key and each value separated by {@link #SEPARATOR}. A string without it is a key or a sentence.
 */
public final class ScreenText {

    public static final char SEPARATOR = '\u001F';

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
}
