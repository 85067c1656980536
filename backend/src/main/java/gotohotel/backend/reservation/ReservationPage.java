package gotohotel.backend.reservation;

import gotohotel.shared.api.ReservationView;
import java.util.List;

/** One page of the staff listing and, when more follow, the cursor of the next page. */
record ReservationPage(List<ReservationView> reservations, ReservationCursor next) {
}
