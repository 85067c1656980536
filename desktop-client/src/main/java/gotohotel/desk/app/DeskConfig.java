package gotohotel.desk.app;

import gotohotel.desk.store.DeskHome;
import gotohotel.desk.sync.SyncSettings;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * How a desk starts: its home directory, the server address offered at sign-in (the remembered one wins),
 * the language (null: the remembered one, else the system's), the clock and the sync settings.
 */
public record DeskConfig(DeskHome home, String serverUrl, Locale locale, Clock clock, SyncSettings settings) {

    public static final String SERVER_VARIABLE = "GOTOHOTEL_SERVER_URL";
    public static final String DEFAULT_SERVER = "http://127.0.0.1:8088";

    public static DeskConfig from(Map<String, String> environment) {
        String server = environment.get(SERVER_VARIABLE);
        return new DeskConfig(DeskHome.from(environment), server == null || server.isBlank() ? DEFAULT_SERVER : server,
                null, Clock.systemDefaultZone(), SyncSettings.defaults());
    }
}
