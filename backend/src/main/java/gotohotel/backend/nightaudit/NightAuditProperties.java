package gotohotel.backend.nightaudit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The night audit, run in the hotel's time zone ({@code gotohotel.ordering.hotel-zone}).
 *
 * @param enabled whether this instance runs the audit (any number of instances may: one run per business date)
 * @param time local time from which the audit of the day before is due; a server down then runs it when it is back
 * @param checkInterval how often an instance looks for an audit that is due or a run a crashed instance left behind
 * @param lease how long a run stays claimed without progress before another instance takes it over; longer than
 *     settling one booking takes
 * @param lookBack how far back from the audited day check-in days are swept (in whole days): a booking missed by a
 *     failed run is swept the next nights, but a first run after installing does not turn every old booking nobody
 *     checked in into a no-show (and refund it)
 */
@ConfigurationProperties("gotohotel.night-audit")
record NightAuditProperties(boolean enabled, LocalTime time, Duration checkInterval, Duration lease,
                            Duration lookBack) {

    /** The first check-in day the audit of {@code businessDate} sweeps. */
    LocalDate firstDaySwept(LocalDate businessDate) {
        return businessDate.minusDays(Math.max(1, lookBack.toDays()) - 1);
    }
}
