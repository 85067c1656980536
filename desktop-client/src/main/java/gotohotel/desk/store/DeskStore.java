package gotohotel.desk.store;

import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.StaffAccountState;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.CommandResult;
import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.SyncCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's SQLite store. Each method is one local transaction, so a crash at any instant leaves either
 * all of a change or none of it: a decision and its queued command, an answer and the rolled-back row, a
 * downloaded page and the cursor after it.
 */
public final class DeskStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeskStore.class);

    private final Sqlite db;
    private final List<Consumer<Set<UUID>>> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> roomListeners = new CopyOnWriteArrayList<>();

    private DeskStore(Sqlite db) {
        this.db = db;
    }

    /**
     * The listener is told, after each commit that changed cached reservations, which ones changed (on the
     * thread that made the change): screens fetch just those again instead of everything.
     */
    public void onReservationsChanged(Consumer<Set<UUID>> listener) {
        changeListeners.add(listener);
    }

    /** The listener is told after each commit that changed cached rooms or their housekeeping on this desk. */
    public void onRoomsChanged(Runnable listener) {
        roomListeners.add(listener);
    }

    private void roomsChanged(Set<String> rooms) {
        if (!rooms.isEmpty()) {
            roomListeners.forEach(Runnable::run);
        }
    }

    private void changed(Set<UUID> reservationIds) {
        if (!reservationIds.isEmpty()) {
            var ids = Set.copyOf(reservationIds);
            changeListeners.forEach(listener -> listener.accept(ids));
        }
    }

    /**
     * Opens the store in the desk's home; a store last opened at another computer or folder (a copied desk folder)
     * forgets its desk identity, so it registers as a new desk instead of using the other's numbers.
     */
    public static DeskStore open(DeskHome home) {
        var store = open(home.created().storeFile());
        if (store.db.transaction(tx -> DeskIdentity.openedAt(tx, home.fingerprint()))) {
            log.warn("This desk's folder {} was last opened at another computer or folder: it registers with the "
                    + "server as a new desk", home.directory());
        }
        return store;
    }

    public static DeskStore open(Path file) {
        var db = Sqlite.open(file);
        db.change(StateRow::createIfMissing);
        return new DeskStore(db);
    }

    public SyncPosition position() {
        return db.transaction(StateRow::read);
    }

    public Optional<LocalReservation> reservation(UUID reservationId) {
        return db.transaction(tx -> ReservationRows.find(tx, reservationId));
    }

    /** The reservation of a guest's order, once the changes feed brought it. */
    public Optional<LocalReservation> reservationOfOrder(UUID orderId) {
        return db.transaction(tx -> ReservationRows.ofOrder(tx, orderId));
    }

        public List<LocalReservation> reservations() {
        return db.transaction(ReservationRows::all);
    }

    /** Every cached reservation, unordered (faster than {@link #reservations()} for a screen that sorts). */
    public List<LocalReservation> everyReservation() {
        return db.transaction(ReservationRows::everything);
    }

    /** The cached reservations with these ids; ids the desk does not hold are left out. */
    public List<LocalReservation> reservations(Set<UUID> reservationIds) {
        return db.transaction(tx -> ReservationRows.byIds(tx, List.copyOf(reservationIds)));
    }

    /** This reservation's decisions still waiting for the server's answer, oldest first. */
    public List<SyncCommand> queuedDecisions(UUID reservationId) {
        return db.transaction(tx -> CommandRows.of(tx, reservationId));
    }

    public Optional<StaffCredential> credential(String username) {
        return db.transaction(tx -> LocalRows.credential(tx, username));
    }

    /** The secret the server gave this desk; empty until it registered (or after it must register again). */
    public Optional<String> deskSecret() {
        return db.transaction(DeskIdentity::secret);
    }

    public boolean revoked() {
        return db.transaction(DeskIdentity::revoked);
    }

    /** The server registered this desk: its id from now on, and the queue numbered from 1 under it. */
    public void registered(UUID deskId, String secret) {
        db.change(tx -> DeskIdentity.registered(tx, deskId, secret));
    }

    /** The server does not know this desk (or another computer used its numbers): register again before sending. */
    public void forgetRegistration() {
        db.change(DeskIdentity::forget);
    }

    /** A manager revoked this desk: nothing is sent until a manager signs in here (it registers again then). */
    public void markRevoked() {
        db.change(DeskIdentity::markRevoked);
    }

    /** How long {@code username} must wait before another offline password check (zero: now). */
    public Duration offlineSignInWait(String username, Instant now) {
        return db.transaction(tx -> OfflineSignIns.wait(tx, username, now));
    }

    public void offlineSignInFailed(String username, Instant now) {
        db.change(tx -> OfflineSignIns.failed(tx, username, now));
    }

    public void offlineSignInsCleared(String username) {
        db.change(tx -> OfflineSignIns.cleared(tx, username));
    }

    /** Forgets the kept hashes the server's account states make stale (see {@link LocalRows#forgetStale}). */
    public List<String> forgetStaleCredentials(List<StaffAccountState> accounts) {
        var byName = new HashMap<String, StaffAccountState>();
        accounts.forEach(account -> byName.put(account.username(), account));
        return db.transaction(tx -> LocalRows.forgetStale(tx, byName));
    }

    /** Forgets a staff member's kept hash (the server refused that password: it is not theirs any more). */
    public void forgetCredential(String username) {
        db.change(tx -> LocalRows.deleteCredential(tx, username));
    }

    public void remember(StaffCredential credential) {
        db.change(tx -> LocalRows.putCredential(tx, credential));
    }

    public Optional<String> setting(String name) {
        return db.transaction(tx -> LocalRows.setting(tx, name));
    }

    public void putSetting(String name, String value) {
        db.change(tx -> LocalRows.putSetting(tx, name, value));
    }

    /**
     * Whether the server that just signed in may sync with this store (decision 28): one transaction decides it
     * (see {@link ServerClaim}); when admitted, the store remembers the identity and {@code address} as its server's.
     *
     * @param serverId        its identity, or null from a server older than identities
     * @param previousAddress the address the desk signed in to before, if any
     */
    public ServerClaim claimFor(String serverId, String address, Optional<String> previousAddress) {
        return db.transaction(tx -> ServerRows.claim(tx, serverId, address, previousAddress));
    }

    public long reservationCount() {
        return db.transaction(ReservationRows::count);
    }

    public long queuedCount() {
        return db.transaction(CommandRows::count);
    }

    public List<Conflict> conflicts() {
        return db.transaction(ConflictRows::open);
    }

    public void dismiss(long conflictId) {
        db.change(tx -> ConflictRows.dismiss(tx, conflictId));
    }

    /**
     * Takes a decision on the reservation as the desk shows it: the optimistic change and the queued command,
     * numbered with the next seq, in one transaction.
     *
     * @throws DecisionNotQueuedException when the decision is not possible from the status shown
     */
    public SyncCommand decide(UUID reservationId, CommandType type, String staff, String reason, Instant now) {
        Decisions.check(type, staff, reason);
        var decided = db.transaction(tx -> Decisions.queue(tx, reservationId, type, staff, reason, now));
        changed(Set.of(reservationId));
        return decided;
    }

    /** Every cached room, by type and number, with the housekeeping the desk shows. */
    public List<LocalRoom> rooms() {
        return db.transaction(RoomRows::all);
    }

    /** The stays holding a room type on the nights {@code first} to {@code end} (exclusive), and their rooms. */
    public List<StayInWindow> staysBetween(LocalDate first, LocalDate end) {
        return db.transaction(tx -> StayRooms.window(tx, first, end));
    }

    /** What {@link #staysBetween(LocalDate, LocalDate)} holds of these reservations: a few stays read again. */
    public List<StayInWindow> staysBetween(Set<UUID> reservationIds, LocalDate first, LocalDate end) {
        return db.transaction(tx -> StayRooms.window(tx, List.copyOf(reservationIds), first, end));
    }

    /** The stays that arrive on the day, depart on it or stay its night, with the room each holds (the day's lists). */
    public List<DayStay> dayStays(LocalDate day) {
        return db.transaction(tx -> DayStays.on(tx, day));
    }

    /**
     * Gives the stay a room as the desk shows it (ASSIGN_ROOM; MOVE_ROOM from tonight for an in-house guest): the
     * optimistic change and the queued command in one transaction.
     *
     * @param today the hotel's date now
     * @throws DecisionNotQueuedException when the desk shows the room held by another stay on one of the nights,
     *                                     out of order or unknown, or the stay cannot have a room from its status
     */
    public SyncCommand assignRoom(UUID reservationId, String room, String staff, LocalDate today, Instant now) {
        Decisions.check(CommandType.ASSIGN_ROOM, staff, null);
        var command = db.transaction(tx -> RoomCommands.assign(tx, reservationId, room, staff, today, now));
        changed(Set.of(reservationId));
        roomsChanged(Set.of(room));
        return command;
    }

    /** Sets the room's housekeeping as the desk shows it, queued like a decision. */
    public SyncCommand setHousekeeping(String room, HousekeepingStatus status, String staff, Instant now) {
        Decisions.check(CommandType.SET_HOUSEKEEPING, staff, null);
        var command = db.transaction(tx -> RoomCommands.housekeeping(tx, room, status, staff, now));
        roomsChanged(Set.of(room));
        return command;
    }

    /** The oldest queued commands, in seq order. */
    public List<SyncCommand> nextBatch(int max) {
        return db.transaction(tx -> CommandRows.first(tx, max));
    }

    /**
     * Records the server's answers: each answered command leaves the queue, the server's snapshot becomes the
     * row's base (the other queued commands re-applied on top), and a refusal is kept as a conflict.
     *
     * @return how many new conflicts were recorded
     */
    public int recordAnswers(List<CommandResult> results, Instant now) {
        var touched = new LinkedHashSet<UUID>();
        var rooms = new LinkedHashSet<String>();
        int recorded = db.transaction(tx -> {
            touched.clear();
            rooms.clear();
            return ServerChanges.recordAnswers(tx, results, now, touched, rooms);
        });
        changed(touched);
        roomsChanged(rooms);
        return recorded;
    }

    /**
     * Stores a page of the changes feed asked for after {@code requestedCursor}, and the cursor after it. A
     * snapshot replaces the cached one only if the server's version is newer (or the desk is resyncing after
     * the server lost its history or its feed was restored); queued commands are re-applied on top. A page asked
     * for before the cursor was reset (a resync started meanwhile) does not move the cursor.
     *
     * @return when this page completes such a full download: how many bookings it changed on this desk (new ones,
     *         and ones whose version or status the server had otherwise)
     */
    public OptionalLong applyDownload(String requestedCursor, ChangesPage page, Instant now) {
        var touched = new LinkedHashSet<UUID>();
        var rooms = new LinkedHashSet<String>();
        var resynced = db.transaction(tx -> {
            touched.clear();
            rooms.clear();
            return ServerChanges.applyDownload(tx, requestedCursor, page, now, touched, rooms);
        });
        changed(touched);
        roomsChanged(rooms);
        return resynced;
    }

    /**
     * The server's changes feed does not hold this desk's cursor (its database was restored from a backup):
     * everything is downloaded again and the server's snapshots win until that is complete. The queue stays.
     */
    public void resyncFeed() {
        db.change(ServerChanges::resyncFeed);
    }

    /**
     * The server holds this desk's commands only up to {@code serverLastSeq} (a gap, or a database restored
     * from an older backup): the queue is numbered again from the seq after it and everything is downloaded
     * again.
     */
    public void restartFrom(long serverLastSeq) {
        db.change(tx -> ServerChanges.restartFrom(tx, serverLastSeq));
    }

    @Override
    public void close() {
        db.close();
    }
}
