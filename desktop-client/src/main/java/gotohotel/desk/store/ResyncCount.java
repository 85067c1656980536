package gotohotel.desk.store;

import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * How many bookings a full download has changed on this desk so far, kept with the download's pages (a desk setting,
 * so a download cut off by a restart goes on counting) and reported when it completes.
 */
final class ResyncCount {

    private static final String SETTING = "full-download-changed";

    private ResyncCount() {
    }

    static void start(Sqlite db) throws SQLException {
        LocalRows.putSetting(db, SETTING, "0");
    }

    /** Adds a page's changed bookings; on the last page returns the total and forgets it. */
    static OptionalLong add(Sqlite db, long changed, boolean complete) throws SQLException {
        long total = LocalRows.setting(db, SETTING).map(Long::parseLong).orElse(0L) + changed;
        if (!complete) {
            LocalRows.putSetting(db, SETTING, String.valueOf(total));
            return OptionalLong.empty();
        }
        LocalRows.deleteSetting(db, SETTING);
        return OptionalLong.of(total);
    }
}
