package gotohotel.desk.service;

import gotohotel.desk.store.DecisionNotQueuedException;
import gotohotel.desk.store.DeskStore;
import gotohotel.desk.store.LocalReservation;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.sync.CommandType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookings this desk holds, the decisions taken on them here, their history and the sync status: read from
 * the store, decided through the current connection's engine. Store commits reach the listeners as changed
 * bookings, read once however many commits came.
 */
final class DeskBookings implements BookingService {

    private static final Logger log = LoggerFactory.getLogger(DeskBookings.class);

    private final DeskStore store;
    private final Executor work;
    private final Supplier<Optional<Connection>> current;
    private final StatusFeed feed;
    private final HistorySource history;
    private final RoomForCheckIn roomForCheckIn;
    private final Clock clock;
    private final Set<UUID> changed = new HashSet<>();
    /**
     * The few distinct statuses, room types, currencies, staff names, dates and amounts, held once for all
     * bookings (100,000 bookings share a few hundred of each).
     */
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    /**
     * @param work    the services' own background thread (coalesced refreshes, history answers)
     * @param current the connection now (empty when signed out)
     */
    DeskBookings(DeskStore store, Executor work, Supplier<Optional<Connection>> current, StatusFeed feed, Clock clock) {
        this.store = store;
        this.roomForCheckIn = new RoomForCheckIn(store);
        this.clock = clock;
        this.work = work;
        this.current = current;
        this.feed = feed;
        this.history = new HistorySource(store, work);
        store.onReservationsChanged(this::reservationsChanged);
    }

    @Override
    public List<DeskBooking> bookings() {
        long started = System.nanoTime();
        var bookings = store.everyReservation().stream().map(this::booking).toList();
        log.info("Read {} bookings from the desk store in {} ms", bookings.size(), (System.nanoTime() - started) / 1_000_000);
        return bookings;
    }

    @Override
    public DeskBooking decide(UUID bookingId, Decision decision, String reason) {
        var connection = current.get().orElseThrow(
                () -> new DecisionRefusedException(ScreenText.of("decision.refused.SIGNED_OUT")));
        try {
            if (decision == Decision.CHECK_IN) {
                giveRoom(connection, bookingId);
            }
            connection.engine().decide(bookingId, CommandType.valueOf(decision.name()), connection.username(), reason);
        } catch (DecisionNotQueuedException e) {
            throw new DecisionRefusedException(ScreenText.of("decision.refused." + e.reason(), e.values().toArray()));
        }
        return store.reservation(bookingId).map(this::booking).orElseThrow();
    }

    /**
     * A guest is checked in to a room: online, the server's first suggestion is given (or the room the stay holds
     * stands); when the desk is offline or that failed (another desk took the room meanwhile), the best free room
     * this desk's cache shows is given with a queued assignment, sent before the check-in. With none free, the
     * check-in goes alone and the server says to assign a room first.
     */
    private void giveRoom(Connection connection, UUID bookingId) {
        if (connection.engine().status().online()
                && connection.link().giveSuggestedRoom(connection.session(), bookingId).isPresent()) {
            return;
        }
        var room = roomForCheckIn.choose(bookingId);
        if (room.isPresent()) {
            connection.engine().assignRoom(bookingId, room.get(), connection.username(), LocalDate.now(clock));
        }
    }

    @Override
    public List<HistoryEntry> localHistory(UUID bookingId) {
        return history.local(bookingId);
    }

    @Override
    public CompletableFuture<Optional<List<HistoryEntry>>> serverHistory(UUID bookingId) {
        return current.get()
                .map(connection -> history.fromServer(bookingId, connection.link(), connection.session()))
                .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty()));
    }

    @Override
    public void dismissConflict(long conflictId) {
        current.get().ifPresentOrElse(connection -> connection.engine().dismissConflict(conflictId),
                () -> store.dismiss(conflictId));
    }

    @Override
    public DeskStatus status() {
        return feed.current();
    }

    @Override
    public void listen(DeskListener listener) {
        feed.listen(listener);
    }

    private DeskBooking booking(LocalReservation r) {
        return booking(r, shared);
    }

    /** @param values the few distinct texts, dates and amounts, shared between rows */
    static DeskBooking booking(LocalReservation r, Map<Object, Object> values) {
        var s = r.server();
        return new DeskBooking(s.reservationId(), s.orderId(), s.guestName(), s.phone(), shared(s.roomType(), values),
                shared(s.checkIn(), values), shared(s.checkOut(), values), s.guestCount(),
                shared(r.localStatus(), values), shared(s.amount(), values), shared(s.currency(), values),
                r.queued() > 0, shared(s.lastChangedBy(), values), s.updatedAt());
    }

    /** The instance held for an equal value (immutable values only: strings, dates, amounts). */
    @SuppressWarnings("unchecked")
    private static <T> T shared(T value, Map<Object, Object> values) {
        return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
    }

    /** Collects the changed ids and reads them once on the services' thread, however many commits came. */
    private void reservationsChanged(Set<UUID> ids) {
        boolean schedule;
        synchronized (changed) {
            schedule = changed.isEmpty();
            changed.addAll(ids);
        }
        if (schedule) {
            work.execute(this::sendChanges);
        }
    }

    private void sendChanges() {
        Set<UUID> ids;
        synchronized (changed) {
            ids = Set.copyOf(changed);
            changed.clear();
        }
        try {
            feed.bookingsChanged(store.reservations(ids).stream().map(this::booking).toList());
        } catch (RuntimeException e) {
            log.error("Cannot read {} changed reservations", ids.size(), e);
        }
    }
}
