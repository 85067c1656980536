package gotohotel.desk.app;

import gotohotel.desk.service.DeskSetup;
import java.util.Locale;
import java.util.Map;

/**
 * How a desk starts: where it keeps its store, the server address set for this start ({@code
 * GOTOHOTEL_SERVER_URL}; null: the remembered one, else {@link #DEFAULT_SERVER}) and the language (null: the
 * remembered one, else the system's).
 */
public record DeskConfig(DeskSetup setup, String serverUrl, Locale locale) {

    public static final String SERVER_VARIABLE = "GOTOHOTEL_SERVER_URL";
    public static final String DEFAULT_SERVER = "http://127.0.0.1:8088";

    public static DeskConfig from(Map<String, String> environment) {
        String server = environment.get(SERVER_VARIABLE);
        return new DeskConfig(DeskSetup.from(environment), server == null || server.isBlank() ? null : server.strip(),
                null);
    }
}
