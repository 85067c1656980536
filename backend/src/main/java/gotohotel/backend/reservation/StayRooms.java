package gotohotel.backend.reservation;

import gotohotel.backend.domain.IllegalTransitionException;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.rooms.RoomAssignments;
import gotohotel.backend.rooms.RoomSuggestions;
import gotohotel.backend.rooms.RoomTakenException;
import gotohotel.backend.rooms.Stay;
import gotohotel.shared.api.ReservationView;
import gotohotel.shared.api.RoomAssignmentRequest;
import gotohotel.shared.api.RoomSuggestion;
import gotohotel.shared.sync.AssignedRoom;
import gotohotel.shared.sync.ReservationSnapshot;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The room a reservation's stay holds (decision record 46): the rooms context takes the nights, the reservation
 * records the change (a new version, a history line ROOM_ASSIGNED or ROOM_MOVED, a place in the desks' feed). Before
 * arrival a room is held for every night of the stay; for an in-house guest a move holds the new room from tonight
 * (the hotel's date) on, and the nights already slept keep their room.
 * <p>
 * Works in the caller's transaction and is not transactional itself: a refusal leaves nothing changed and must not
 * mark a desk's batch for rollback.
 */
@Component
class StayRooms {

    private final RoomAssignments assignments;
    private final RoomSuggestions suggestions;
    private final ReservationRepository reservations;
    private final ReservationService service;
    private final Clock clock;
    private final ZoneId hotelZone;

    StayRooms(RoomAssignments assignments, RoomSuggestions suggestions, ReservationRepository reservations,
              ReservationService service, Clock clock, @Value("${gotohotel.ordering.hotel-zone}") ZoneId hotelZone) {
        this.assignments = assignments;
        this.suggestions = suggestions;
        this.reservations = reservations;
        this.service = service;
        this.clock = clock;
        this.hotelZone = hotelZone;
    }

    /**
     * Gives the stay {@code room} (unwritten, like a desk decision: the caller flushes), or does nothing when it holds
     * that room on those nights already.
     *
     * @return true when the reservation changed
     * @throws RoomTakenException naming the other stay's guest; see {@link RoomAssignments#hold} for the others
     */
    boolean hold(Reservation reservation, String room, boolean upgrade, Actor actor) {
        if (reservation.status() != ReservationStatus.PENDING_CONFIRMATION
                && reservation.status() != ReservationStatus.CONFIRMED
                && reservation.status() != ReservationStatus.CHECKED_IN) {
            throw new IllegalTransitionException("reservation", reservation.status(), "assign a room");
        }
        var now = clock.instant();
        var from = firstNight(reservation);
        boolean changed;
        try {
            changed = assignments.hold(stay(reservation), from, room, upgrade, actor.person(), now);
        } catch (RoomTakenException taken) {
            throw taken.naming(reservations.findById(taken.holder()).map(other -> other.booking().guestName())
                    .orElse("a stay unknown here"));
        }
        if (!changed && room.equals(reservation.room())) {
            return false;
        }
        service.changeUnwritten(reservation, r -> r.holdRoom(room, from, actor, now));
        return true;
    }

    /**
     * The staff API's assignment: before arrival the room for every night, in house a move from tonight on. The
     * version the receptionist saw is not compared: giving a room still free moves no money and reverses nobody's
     * decision (decision record 46), and a room another stay took meanwhile is refused by the rooms themselves.
     */
    @Transactional
    public ReservationView assign(UUID id, RoomAssignmentRequest request, Actor actor) {
        var reservation = reservations.findAllLocked(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Reservation " + id));
        hold(reservation, request.room(), request.upgrading(), actor);
        reservations.flush();
        return ReservationViews.of(reservation);
    }

    @Transactional(readOnly = true)
    public List<RoomSuggestion> suggestionsFor(UUID id) {
        return suggestionsFor(find(id));
    }

    /** The rooms the stay may be given from its first night still ahead, best first. */
    List<RoomSuggestion> suggestionsFor(Reservation reservation) {
        return suggestions.forStay(new Stay(reservation.id(), reservation.booking().roomType(),
                firstNight(reservation), reservation.booking().checkOut()));
    }

    /** The snapshots with the rooms their stays hold: one query for all of them. */
    List<ReservationSnapshot> withRooms(List<ReservationSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return snapshots;
        }
        Map<UUID, List<AssignedRoom>> held = assignments.of(snapshots.stream().filter(Objects::nonNull)
                .map(ReservationSnapshot::reservationId).distinct().toList());
        return snapshots.stream().map(s -> s == null ? null : ReservationSnapshots.withRooms(s,
                held.getOrDefault(s.reservationId(), List.of()))).toList();
    }

    private static Stay stay(Reservation reservation) {
        var booking = reservation.booking();
        return new Stay(reservation.id(), booking.roomType(), booking.checkIn(), booking.checkOut());
    }

    /** The stay's first night before arrival; tonight once the guest is in house. */
    private LocalDate firstNight(Reservation reservation) {
        var checkIn = reservation.booking().checkIn();
        if (reservation.status() != ReservationStatus.CHECKED_IN) {
            return checkIn;
        }
        var today = LocalDate.now(clock.withZone(hotelZone));
        return today.isAfter(checkIn) ? today : checkIn;
    }

    private Reservation find(UUID id) {
        return reservations.findById(id).orElseThrow(() -> new NotFoundException("Reservation " + id));
    }
}
