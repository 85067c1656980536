package gotohotel.backend.reservation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class Feed implements ReservationFeed {

    private final ReservationRepository reservations;

    Feed(ReservationRepository reservations) {
        this.reservations = reservations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> after(long position, LocalDate checkOutFrom, int limit) {
        var page = checkOutFrom == null
                ? reservations.changedAfter(position, Limit.of(limit))
                : reservations.changedAfter(position, checkOutFrom, Limit.of(limit));
        return page.stream().map(r -> new Entry(r.changePosition(), r.snapshot())).toList();
    }
}
