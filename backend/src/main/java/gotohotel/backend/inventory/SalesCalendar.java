package gotohotel.backend.inventory;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one {@code room_night} row per room type for every night from today to the booking horizon,
 * on start and every night, so a hold only ever updates existing rows.
 */
@Component
class SalesCalendar {

    private static final Logger log = LoggerFactory.getLogger(SalesCalendar.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final InventoryProperties properties;
    private final ZoneId hotelZone;

    SalesCalendar(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, InventoryProperties properties,
                  @Value("${gotohotel.ordering.hotel-zone}") ZoneId hotelZone) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
        this.hotelZone = hotelZone;
    }

    @EventListener(ApplicationStartedEvent.class)
    void onStart() {
        extend();
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "${gotohotel.ordering.hotel-zone}")
    void extend() {
        LocalDate today = LocalDate.now(clock.withZone(hotelZone));
        LocalDate horizon = today.plusDays(properties.bookingHorizonDays());
        var types = jdbc.queryForList("SELECT code, total_rooms FROM room_type");
        for (var type : types) {
            String code = (String) type.get("code");
            int rooms = ((Number) type.get("total_rooms")).intValue();
            Date last = jdbc.queryForObject("SELECT MAX(night) FROM room_night WHERE room_type = ?", Date.class, code);
            LocalDate from = last == null || last.toLocalDate().isBefore(today) ? today : last.toLocalDate().plusDays(1);
            List<Object[]> rows = new ArrayList<>();
            for (LocalDate night = from; !night.isAfter(horizon); night = night.plusDays(1)) {
                rows.add(new Object[] {code, Date.valueOf(night), rooms});
            }
            if (!rows.isEmpty()) {
                insert(code, rows);
            }
        }
    }

    private void insert(String code, List<Object[]> rows) {
        try {
            transactions.executeWithoutResult(status -> jdbc.batchUpdate(
                    "INSERT INTO room_night (room_type, night, capacity, held) VALUES (?, ?, ?, 0)", rows));
            log.info("Opened {} nights of {} for sale", rows.size(), code);
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            log.debug("Nights of {} were opened concurrently", code);
        }
    }
}
