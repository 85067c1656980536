package gotohotel.backend.nightaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NightAuditSchedulerTests {

    private final NightAuditScheduler scheduler = new NightAuditScheduler(null, null,
            new NightAuditProperties(true, LocalTime.of(2, 0), Duration.ofMinutes(1), Duration.ofMinutes(2),
                    Duration.ofDays(7)),
            ZoneId.of("Asia/Seoul"), Clock.systemUTC());

    @Test
    void theDayBeforeIsDueFromTheAuditTimeInTheHotelsZone() {
        // 2026-12-08 01:59 and 02:00 in Seoul (UTC+9)
        assertThat(scheduler.dueBusinessDate(Instant.parse("2026-12-07T16:59:00Z"))).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(scheduler.dueBusinessDate(Instant.parse("2026-12-07T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(scheduler.dueBusinessDate(Instant.parse("2026-12-08T14:59:00Z"))).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
