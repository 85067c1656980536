package gotohotel.backend.reservation;

import gotohotel.backend.common.ApiException;
import gotohotel.backend.common.ProcessedEvents;
import gotohotel.shared.api.ReservationView;
import gotohotel.shared.event.OrderCancelled;
import gotohotel.shared.event.PaymentApproved;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hotel's reservations: created and cancelled from events, moved on by the staff. */
@Service
class ReservationService {

    static final String CONSUMER = "reservation";
    private static final Logger log = LoggerFactory.getLogger(ReservationService.class);

    private final ReservationRepository reservations;
    private final ProcessedEvents processed;
    private final Clock clock;

    ReservationService(ReservationRepository reservations, ProcessedEvents processed, Clock clock) {
        this.reservations = reservations;
        this.processed = processed;
        this.clock = clock;
    }

    /** Exactly one reservation per paid order, however often the event arrives. */
    @Transactional
    public void on(PaymentApproved event) {
        if (!processed.firstTime(CONSUMER, event.eventId()) || reservations.existsByOrderId(event.orderId())) {
            return;
        }
        reservations.save(Reservation.request(event.orderId(), event.booking(), clock.instant()));
        log.debug("Reservation requested for order {}", event.orderId());
    }

    @Transactional
    public void on(OrderCancelled event) {
        if (!processed.firstTime(CONSUMER, event.eventId())) {
            return;
        }
        var existing = reservations.findByOrderId(event.orderId());
        if (existing.isEmpty()) {
            reservations.save(Reservation.cancelledBeforeArrival(event.orderId(), event.booking(), clock.instant()));
            return;
        }
        var reservation = existing.get();
        if (reservation.cancelForGuest(clock.instant())) {
            reservations.save(reservation);
            log.info("Reservation for order {} cancelled by the guest", event.orderId());
        }
    }

    @Transactional(readOnly = true)
    public List<ReservationView> search(ReservationStatus status, LocalDate from, LocalDate to) {
        return reservations.search(status, from, to).stream().map(Reservation::view).toList();
    }

    @Transactional
    public ReservationView confirm(UUID id, String staff) {
        return change(id, reservation -> reservation.confirm(staff, clock.instant()));
    }

    @Transactional
    public ReservationView reject(UUID id, String staff, String reason) {
        return change(id, reservation -> reservation.reject(staff, reason, clock.instant()));
    }

    @Transactional
    public ReservationView checkIn(UUID id, String staff) {
        return change(id, reservation -> reservation.checkIn(staff, clock.instant()));
    }

    @Transactional
    public ReservationView checkOut(UUID id, String staff) {
        return change(id, reservation -> reservation.checkOut(staff, clock.instant()));
    }

    private ReservationView change(UUID id, Consumer<Reservation> verb) {
        var reservation = reservations.findById(id).orElseThrow(() -> ApiException.notFound("Reservation " + id));
        verb.accept(reservation);
        return reservations.saveAndFlush(reservation).view();
    }
}
