package gotohotel.desk.app;

import gotohotel.desk.service.DeskSetup;
import java.util.Locale;
import java.util.Map;

/**
 * How a desk starts: where it keeps its store, the server address set for this start ({@code
 * GOTOHOTEL_SERVER_URL}; null: the remembered one, else {@code defaultServer}), the address offered to a desk that
 * never signed in (the installer presets it with {@value #DEFAULT_SERVER_PROPERTY}, else {@link #DEFAULT_SERVER}) and
 * the language (null: the remembered one, else the system's).
 */
public record DeskConfig(DeskSetup setup, String serverUrl, String defaultServer, Locale locale) {

    public static final String SERVER_VARIABLE = "GOTOHOTEL_SERVER_URL";
    public static final String DEFAULT_SERVER_PROPERTY = "gotohotel.desk.default-server";
    public static final String DEFAULT_SERVER = "http://127.0.0.1:8088";

    public DeskConfig(DeskSetup setup, String serverUrl, Locale locale) {
        this(setup, serverUrl, DEFAULT_SERVER, locale);
    }

    /** From the environment and the system properties the installed app's launcher sets. */
    public static DeskConfig from(Map<String, String> environment, Map<?, ?> properties) {
        Object preset = properties.get(DEFAULT_SERVER_PROPERTY);
        return new DeskConfig(DeskSetup.from(environment), blankAsNull(environment.get(SERVER_VARIABLE)),
                preset == null || blankAsNull(preset.toString()) == null ? DEFAULT_SERVER : preset.toString().strip(),
                null);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
