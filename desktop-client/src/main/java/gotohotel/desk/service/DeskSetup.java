package gotohotel.desk.service;

import gotohotel.desk.store.DeskHome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Where the desk keeps its store ({@code $GOTOHOTEL_DESK_HOME}, by default {@code ~/.gotohotel-desk}), its
 * clock, and the longest pause between two attempts to reach the server.
 */
public record DeskSetup(Path home, Clock clock, Duration retryCap) {

    public static DeskSetup from(Map<String, String> environment) {
        return new DeskSetup(DeskHome.from(environment).directory(), Clock.systemDefaultZone(), Duration.ofSeconds(30));
    }
}
