package gotohotel.desk.service;

import java.util.List;

/** Told of changes on a background thread: screens hand them over to their own UI thread. */
public interface DeskListener {

    /** These bookings were added or changed (downloaded, decided here, answered by the server). */
    void bookingsChanged(List<DeskBooking> changed);

    void statusChanged(DeskStatus status);
}
