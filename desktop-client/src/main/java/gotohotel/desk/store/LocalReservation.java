package gotohotel.desk.store;

import gotohotel.shared.sync.ReservationSnapshot;

/**
 * A cached reservation: the server's snapshot (its {@code status} and {@code version}) and what the desk
 * shows, {@code localStatus}, which is that snapshot with the desk's {@code queued} decisions on top.
 */
public record LocalReservation(ReservationSnapshot server, String localStatus, int queued) {

    public String status() {
        return localStatus;
    }
}
