package gotohotel.backend.reservation;

import gotohotel.backend.reservation.ReservationDecisions.Decision;
import gotohotel.backend.reservation.ReservationDecisions.Outcome;
import gotohotel.backend.reservation.ReservationDecisions.Request;
import gotohotel.shared.sync.CommandType;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a front desk's decision to the reservation as it is now, not as the desk saw it: a transition
 * still legal is made even if the version moved for another reason, one already made elsewhere counts as
 * done, and one no longer possible is refused with a sentence the receptionist understands. The exception: a
 * decision that refunds or reverses (a rejection) is not made when someone else changed the reservation after
 * the version the desk saw ({@link UnseenDecisions}, decision record 37).
 * <p>
 * A desk's batch applies up to 500 decisions in one transaction, set-based (decision record 20): the
 * batch's reservations are locked with one statement in id order, the decisions are made in memory one
 * after the other, and the changes are written by one flush (batched updates) at the end — or earlier, only
 * when a reservation is about to change a second time, since each change must be written before the next
 * so that it gets its own version.
 */
@Service
class DeskDecisions implements ReservationDecisions {

    private final ReservationRepository reservations;
    private final ReservationService service;
    private final Clock clock;
    private final EntityManager entityManager;
    private final UnseenDecisions unseen;
    private final StayRooms rooms;

    DeskDecisions(ReservationRepository reservations, ReservationService service, Clock clock,
                  EntityManager entityManager, UnseenDecisions unseen, StayRooms rooms) {
        this.reservations = reservations;
        this.service = service;
        this.clock = clock;
        this.entityManager = entityManager;
        this.unseen = unseen;
        this.rooms = rooms;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Decision> decideInOrder(List<Request> requests) {
        var ids = requests.stream().map(Request::reservationId).collect(Collectors.toCollection(TreeSet::new));
        Map<UUID, Reservation> locked = new HashMap<>();
        reservations.findAllLocked(ids).forEach(reservation -> locked.put(reservation.id(), reservation));
        var decisions = new ArrayList<Decision>(requests.size());
        for (var request : requests) {
            var reservation = locked.get(request.reservationId());
            decisions.add(reservation == null
                    ? new Decision(Outcome.INVALID, null, "This reservation does not exist on the server.")
                    : decide(reservation, request));
        }
        entityManager.flush();
        var withRooms = rooms.withRooms(decisions.stream().map(Decision::reservation).toList());
        for (int i = 0; i < decisions.size(); i++) {
            var decision = decisions.get(i);
            decisions.set(i, new Decision(decision.outcome(), withRooms.get(i), decision.message()));
        }
        return decisions;
    }

    private Decision decide(Reservation reservation, Request request) {
        CommandType type = request.type();
        String reason = request.reason();
        Actor actor = request.actor();
        ReservationStatus status = reservation.status();
        if (alreadyDone(type).contains(status)) {
            return new Decision(Outcome.ALREADY_DONE, ReservationSnapshots.of(reservation),
                    "Already done: the reservation is " + words(status) + ".");
        }
        if (!possibleFrom(type).contains(status)) {
            return new Decision(Outcome.NOT_ALLOWED, ReservationSnapshots.of(reservation), refusal(type, status));
        }
        if (type == CommandType.REJECT && (reason == null || reason.isBlank())) {
            return new Decision(Outcome.INVALID, ReservationSnapshots.of(reservation),
                    "A rejection needs a reason for the guest.");
        }
        var unseenChange = unseen.refusal(reservation, type, request.expectedVersion(), actor);
        if (unseenChange.isPresent()) {
            return new Decision(Outcome.DECIDED_MEANWHILE, ReservationSnapshots.of(reservation), unseenChange.get());
        }
        if (reservation.hasUnsavedChange()) {
            entityManager.flush();   // the earlier change of this batch gets its version before this one
        }
        if (RoomDecisions.namesRoom(request)) {
            var refused = RoomDecisions.hold(rooms, reservation, request);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (type != CommandType.CHECK_IN) {
                return RoomDecisions.held(reservation);
            }
            if (reservation.hasUnsavedChange()) {
                entityManager.flush();   // the room's change gets its version before the check-in's
            }
        }
        if (type == CommandType.CHECK_IN && reservation.room() == null) {
            return new Decision(Outcome.INVALID, ReservationSnapshots.of(reservation), RoomRequiredException.SENTENCE);
        }
        var now = clock.instant();
        var changed = switch (type) {
            case CONFIRM -> service.changeUnwritten(reservation, r -> r.confirm(actor, now));
            case REJECT -> service.rejectLocked(reservation, actor, reason.strip());
            case CHECK_IN -> service.changeUnwritten(reservation, r -> r.checkIn(actor, now));
            case CHECK_OUT -> service.changeUnwritten(reservation, r -> r.checkOut(actor, now));
            case ASSIGN_ROOM, MOVE_ROOM -> throw new IllegalStateException("decided with its room above");
            case SET_HOUSEKEEPING -> throw new IllegalStateException("not possible from any status");
        };
        return new Decision(Outcome.APPLIED, ReservationSnapshots.of(changed),
                "Done: the reservation is " + words(changed.status()) + ".");
    }

    private static Set<ReservationStatus> possibleFrom(CommandType type) {
        return switch (type) {
            case CONFIRM -> EnumSet.of(ReservationStatus.PENDING_CONFIRMATION);
            case REJECT -> EnumSet.of(ReservationStatus.PENDING_CONFIRMATION, ReservationStatus.CONFIRMED);
            case CHECK_IN -> EnumSet.of(ReservationStatus.CONFIRMED);
            case CHECK_OUT -> EnumSet.of(ReservationStatus.CHECKED_IN);
            case ASSIGN_ROOM -> EnumSet.of(ReservationStatus.PENDING_CONFIRMATION, ReservationStatus.CONFIRMED);
            case MOVE_ROOM -> EnumSet.of(ReservationStatus.CHECKED_IN);
            case SET_HOUSEKEEPING -> EnumSet.noneOf(ReservationStatus.class);   // the rooms context decides it
        };
    }

    private static Set<ReservationStatus> alreadyDone(CommandType type) {
        return switch (type) {
            case CONFIRM -> EnumSet.of(ReservationStatus.CONFIRMED, ReservationStatus.CHECKED_IN,
                    ReservationStatus.CHECKED_OUT);
            case REJECT -> EnumSet.of(ReservationStatus.REJECTED);
            case CHECK_IN -> EnumSet.of(ReservationStatus.CHECKED_IN, ReservationStatus.CHECKED_OUT);
            case CHECK_OUT -> EnumSet.of(ReservationStatus.CHECKED_OUT);
            case ASSIGN_ROOM, MOVE_ROOM -> EnumSet.noneOf(ReservationStatus.class);   // decided by the room held
            case SET_HOUSEKEEPING -> EnumSet.noneOf(ReservationStatus.class);
        };
    }

    private static String refusal(CommandType type, ReservationStatus status) {
        String yours = switch (type) {
            case CONFIRM -> "your confirmation";
            case REJECT -> "your rejection";
            case CHECK_IN -> "your check-in";
            case CHECK_OUT -> "your check-out";
            case ASSIGN_ROOM -> "your room assignment";
            case MOVE_ROOM -> "your room move";
            case SET_HOUSEKEEPING -> "your housekeeping change";
        };
        return switch (status) {
            case CANCELLED -> "The guest cancelled this booking; " + yours + " was not applied.";
            case REJECTED -> "This booking was rejected at another desk; " + yours + " was not applied.";
            case PENDING_CONFIRMATION -> "This booking is not confirmed yet; " + yours + " was not applied.";
            case CONFIRMED -> "The guest has not checked in yet; " + yours + " was not applied.";
            case CHECKED_IN -> "The guest has already checked in; " + yours + " was not applied.";
            case CHECKED_OUT -> "The guest has already checked out; " + yours + " was not applied.";
            case NO_SHOW -> "The night audit marked this booking a no-show (the guest did not arrive on the check-in "
                    + "day); " + yours + " was not applied. A guest arriving now needs a new booking.";
        };
    }

    private static String words(ReservationStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
