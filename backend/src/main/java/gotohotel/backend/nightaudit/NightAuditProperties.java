package gotohotel.backend.nightaudit;

import java.time.Duration;
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
 */
@ConfigurationProperties("gotohotel.night-audit")
record NightAuditProperties(boolean enabled, LocalTime time, Duration checkInterval, Duration lease) {
}
