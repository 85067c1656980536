package gotohotel.backend.ordering;

import java.time.LocalDate;
import java.util.UUID;

/** The ordering context's API for the night audit: a guest who never arrived, settled as one booking. */
public interface NoShows {

    /**
     * Marks the order's booking a no-show in the caller's transaction, decided against the hotel's reservation
     * (row-locked): the reservation becomes NO_SHOW (its history names the night audit), the order too, the
     * refund the order's cancellation policy gives (all but the first night) is owed, and the nights after the
     * first go back on sale. All of it commits together or not at all.
     *
     * @param businessDate the day the audit closes: the booking's check-in day is that day or earlier
     * @return false when the booking was not waiting for its guest any more (checked in, cancelled, rejected, or
     *     marked before — by this audit before a crash or by another instance): nothing changed
     */
    boolean recordNoShow(UUID orderId, LocalDate businessDate);
}
