package gotohotel.desk.viewmodel;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.ConflictNote;
import gotohotel.desk.service.Decision;
import gotohotel.desk.service.DecisionRefusedException;
import gotohotel.desk.service.DeskListener;
import gotohotel.desk.service.DeskStatus;
import gotohotel.desk.service.HistoryEntry;
import gotohotel.desk.service.BookingService;
import gotohotel.desk.service.SignInFailedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Services in memory for view-model and view tests: bookings, decisions queued, a status to push. */
public final class FakeDesk implements AccessService, BookingService {

    public final Map<UUID, DeskBooking> bookings = new LinkedHashMap<>();
    public final List<String> decisions = new ArrayList<>();
    public final List<Long> dismissed = new ArrayList<>();
    private final List<DeskListener> listeners = new ArrayList<>();
    private DeskStatus status = DeskStatus.offline(0, null);
    public boolean refuseDecisions;
    public boolean serverReachable = true;
    /** History requests are taken but never answered (a paused server), until a test answers one. */
    public boolean serverSilent;
    public final Map<UUID, HistoryAsked> historyAsked = new LinkedHashMap<>();

    /** A history request already on its way: cancelling it is noted, but its answer may still come. */
    public static final class HistoryAsked extends CompletableFuture<Optional<List<HistoryEntry>>> {
        public boolean cancelWanted;

        @Override
        public boolean cancel(boolean mayInterrupt) {
            cancelWanted = true;
            return false;
        }
    }
    public String password = "secret";

    public DeskBooking add(String guest, String roomType, LocalDate checkIn, int nights, String status) {
        var booking = new DeskBooking(UUID.randomUUID(), UUID.randomUUID(), guest, "010-5555-" + (1000 + bookings.size()),
                roomType, checkIn, checkIn.plusDays(nights), 2, status, new BigDecimal("120000").multiply(
                BigDecimal.valueOf(nights)), "KRW", false, "guest", Instant.parse("2026-11-20T09:00:00Z"));
        bookings.put(booking.id(), booking);
        return booking;
    }

    /** Plays the sync: a booking arrives or changes on the server. */
    public void arrive(DeskBooking booking) {
        bookings.put(booking.id(), booking);
        listeners.forEach(l -> l.bookingsChanged(List.of(booking)));
    }

    public void push(DeskStatus next) {
        status = next;
        listeners.forEach(l -> l.statusChanged(next));
    }

    @Override
    public Mode signIn(String serverUrl, String username, String password) {
        if (!this.password.equals(password)) {
            throw new SignInFailedException(serverReachable ? SignInFailedException.Reason.REFUSED
                    : SignInFailedException.Reason.WRONG_LOCAL_PASSWORD, "no");
        }
        return serverReachable ? Mode.ONLINE : Mode.OFFLINE;
    }

    @Override
    public void signInAgain(String password) {
        signIn("", "", password);
    }

    @Override
    public void signOut() {
    }

    @Override
    public Optional<String> rememberedServer() {
        return Optional.of("http://desk.example:8088");
    }

    @Override
    public Optional<String> rememberedUsername() {
        return Optional.of("mina");
    }

    @Override
    public Optional<String> rememberedLanguage() {
        return Optional.empty();
    }

    @Override
    public void rememberLanguage(String languageTag) {
    }

    @Override
    public List<DeskBooking> bookings() {
        return List.copyOf(bookings.values());
    }

    @Override
    public DeskBooking decide(UUID bookingId, Decision decision, String reason) {
        var booking = bookings.get(bookingId);
        if (refuseDecisions || !decision.legalFrom(booking.status())) {
            throw new DecisionRefusedException("Cannot " + decision + " now.");
        }
        decisions.add(decision + " " + booking.guestName() + (reason == null ? "" : " " + reason));
        var after = booking.after(decision);
        bookings.put(bookingId, after);
        return after;
    }

    /** The server's history: an audit trail, with this desk's waiting decision after it. */
    public List<HistoryEntry> serverLines(UUID bookingId) {
        var booking = bookings.get(bookingId);
        var lines = new ArrayList<HistoryEntry>();
        lines.add(new HistoryEntry(booking.updatedAt(), "guest", "CREATE", "PENDING_CONFIRMATION", null, null, false));
        lines.addAll(waiting(booking));
        return lines;
    }

    @Override
    public List<HistoryEntry> localHistory(UUID bookingId) {
        var booking = bookings.get(bookingId);
        var lines = new ArrayList<HistoryEntry>();
        lines.add(new HistoryEntry(booking.updatedAt(), booking.lastChangedBy(), null, booking.status(), null, null,
                false));
        lines.addAll(waiting(booking));
        return lines;
    }

    private static List<HistoryEntry> waiting(DeskBooking booking) {
        return booking.waiting() ? List.of(new HistoryEntry(Instant.parse("2026-11-26T01:29:55Z"), "mina", "CONFIRM",
                booking.status(), "this-desk", null, true)) : List.of();
    }

    @Override
    public CompletableFuture<Optional<List<HistoryEntry>>> serverHistory(UUID bookingId) {
        if (serverSilent) {
            var asked = new HistoryAsked();
            historyAsked.put(bookingId, asked);
            return asked;
        }
        return CompletableFuture.completedFuture(serverReachable ? Optional.of(serverLines(bookingId))
                : Optional.empty());
    }

    /** The server answers the history request for this booking at last (the request may have been cancelled). */
    public void serverAnswersHistory(UUID bookingId) {
        historyAsked.get(bookingId).complete(Optional.of(serverLines(bookingId)));
    }

    @Override
    public void dismissConflict(long conflictId) {
        dismissed.add(conflictId);
    }

    @Override
    public DeskStatus status() {
        return status;
    }

    @Override
    public void listen(DeskListener listener) {
        listeners.add(listener);
    }

    public static ConflictNote conflict(long id, String guest) {
        return new ConflictNote(id, UUID.randomUUID(), guest, "CHECK_IN", "CONFLICT", "CANCELLED",
                "The guest cancelled while you were offline — your check-in was not applied.",
                Instant.parse("2026-11-26T08:15:00Z"), null);
    }
}
