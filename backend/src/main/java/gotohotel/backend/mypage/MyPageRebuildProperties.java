package gotohotel.backend.mypage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a my page rebuild reads and cleans up.
 *
 * @param pollRecords most records read per poll, each poll projected in one transaction
 * @param pollTimeout longest wait of one poll
 * @param staleAfter a running rebuild that recorded no progress for this long (its instance died) may be
 *     replaced by a new one
 * @param deleteBatch rows deleted per statement when an old generation goes
 */
@ConfigurationProperties("gotohotel.mypage.rebuild")
record MyPageRebuildProperties(@DefaultValue("500") int pollRecords, @DefaultValue("1s") Duration pollTimeout,
                               @DefaultValue("2m") Duration staleAfter, @DefaultValue("1000") int deleteBatch) {
}
