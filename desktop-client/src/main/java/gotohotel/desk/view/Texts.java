package gotohotel.desk.view;

import gotohotel.desk.text.ScreenText;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of one language ({@code gotohotel/desk/view/messages*.properties}, UTF-8). */
public final class Texts {

    public static final String BUNDLE = "gotohotel.desk.view.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern(get("format.date"), locale);
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /**
     * A bundle key translated (with the values of a {@link ScreenText}), or a sentence from elsewhere (the server,
     * the sync engine) as it is.
     */
    public String say(String keyOrSentence) {
        if (keyOrSentence == null) {
            return "";
        }
        String[] parts = ScreenText.parts(keyOrSentence);
        if (parts.length > 1 && bundle.containsKey(parts[0])) {
            // a value that names a key (a decision, a status) is said in words too
            Object[] values = Arrays.stream(parts, 1, parts.length)
                    .map(value -> bundle.containsKey(value) ? bundle.getString(value) : value).toArray();
            return format(parts[0], values);
        }
        return bundle.containsKey(keyOrSentence) ? bundle.getString(keyOrSentence) : keyOrSentence;
    }

    /**
     * What a tooltip tells of a text: the sentence {@link #say} gives, then the technical cause a sync error
     * carries (for whoever looks into it), which the sentence never shows.
     */
    public String explain(String keyOrSentence) {
        String sentence = say(keyOrSentence);
        return ScreenText.cause(keyOrSentence).map(cause -> sentence + "\n" + format("status.error-details", cause))
                .orElse(sentence);
    }

    /** The translation of {@code key}, or {@code fallback} when the bundle has none. */
    public String orElse(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public String status(String status) {
        return status == null ? "" : get("status." + status);
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String time(Instant value) {
        return value == null ? get("never") : time.format(value);
    }
}
