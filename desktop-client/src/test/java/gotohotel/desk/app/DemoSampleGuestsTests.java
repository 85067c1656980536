package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's sample guests book "today" as the hotel counts it (gotohotel.ordering.hotel-zone, Asia/Seoul by
 * default), whatever the machine's zone: the server refuses a check-in before the hotel's today. The clock is
 * fixed by a stand-in {@code date} that reads every date relative to 16:00 UTC, when Seoul is a day ahead.
 */
class DemoSampleGuestsTests {

    private static final String AT_16_UTC = "2026-11-26 16:00 UTC";

    @TempDir
    Path bin;

    private LauncherScript demo() throws Exception {
        return new LauncherScript("demo.sh", bin).withReal("sed", "grep", "cut")
                .withStandInScript("date", "if [ \"$1\" = -d ]; then d=\"$2\"; shift 2; exec " + real("date")
                        + " -d \"" + AT_16_UTC + " $d\" \"$@\"; fi; exec " + real("date") + " -d '" + AT_16_UTC
                        + "' \"$@\"");
    }

    @Test
    void sampleGuestsArriveOnTheHotelsTodayAfterFifteenUtc() throws Exception {
        var orders = bin.resolve("orders");
        var run = demo()
                .withStandInScript("curl", "case \"$*\" in *room-types*) echo '[{\"code\":\"DELUXE\"}]';; "
                        + "*) for a; do case \"$last\" in -d) printf '%s\\n' \"$a\" >> " + orders + ";; esac; "
                        + "last=\"$a\"; done;; esac")
                .withStandInScript("sleep", "exit 1")   // ends the guests' endless loop after the first booking
                .run("ROOT=" + root() + "; TZ=UTC; export TZ; GOTOHOTEL_PORT=8088;", "sample_guests");

        assertThat(Files.exists(orders)).as(run.output()).isTrue();
        var checkIn = Pattern.compile("\"checkIn\":\"([0-9-]+)\"").matcher(Files.readString(orders));
        assertThat(checkIn.find()).isTrue();
        assertThat(checkIn.group(1)).as("today in Seoul at 16:00 UTC").isEqualTo("2026-11-27");
    }

    @Test
    void theHotelsDayFollowsTheZoneTheBackendIsGiven() throws Exception {
        var demo = demo();
        var seoul = demo.run("ROOT=" + root() + "; TZ=UTC; export TZ;", "hotel_zone; echo; hotel_day 0; hotel_day 3");
        assertThat(seoul.output()).isEqualTo("Asia/Seoul\n2026-11-27\n2026-11-30\nafter\n");

        var newYork = demo.run("ROOT=" + root() + "; GOTOHOTEL_ORDERING_HOTELZONE=America/New_York;",
                "hotel_day 0");
        assertThat(newYork.output()).isEqualTo("2026-11-26\nafter\n");
    }

    private static String root() {
        return Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", "..")).toAbsolutePath().normalize().toString();
    }

    private static String real(String command) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return Path.of(dir, command).toString();
            }
        }
        throw new IllegalStateException(command + " is not on the PATH");
    }
}
