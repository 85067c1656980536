package gotohotel.desk.service;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.store.LocalReservation;
import gotohotel.desk.store.StaffCredential;
import gotohotel.desk.sync.ServerLink;
import gotohotel.desk.sync.StaffSession;
import gotohotel.desk.sync.SyncEngine;
import gotohotel.desk.sync.SyncSettings;
import gotohotel.desk.sync.SyncStatus;
import gotohotel.desk.text.ScreenText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's services over the local store and the sync engine. One engine per signed-in session; a staff
 * member who signed in here before may open the desk offline (the password checked against the kept hash),
 * and the desk keeps asking the server for a token in the background until it gets one.
 */
public final class DeskServices implements AccessService, ReservationService, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeskServices.class);
    static final String SERVER = "server";
    static final String USERNAME = "username";
    static final String LANGUAGE = "language";

    private final DeskStore store;
    private final ExecutorService syncThreads;
    private final ScheduledExecutorService work;
    private final Clock clock;
    private final SyncSettings settings;
    private final PasswordHasher hasher = new PasswordHasher();
    private final HistorySource history;
    private final OnlineStaffAdministration staff;
    private final List<DeskListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<UUID> changed = new HashSet<>();
    /**
     * The few distinct statuses, room types, currencies, staff names, dates and amounts, held once for all
     * bookings (100,000 bookings share a few hundred of each).
     */
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();
    private final boolean ownsStore;
    private volatile Connection connection;
    private volatile DeskStatus lastStatus;
    /** The background sign-in was refused: the desk asks for the password until someone signs in. */
    private volatile boolean passwordRefused;
    /**
     * The background sign-in reached a server this desk's store does not belong to: the screen text shown while
     * the desk stays offline (null otherwise).
     */
    private volatile String otherServer;

    /** A signed-in session: the link to one server, its token holder and engine. */
    private record Connection(String serverUrl, String username, ServerLink link, StaffSession session,
                              SyncEngine engine) {
    }

    /**
     * @param syncThreads runs the engine's two loops (they block on the network): give it at least two threads
     * @param work the services' own background thread (coalesced refreshes, sign-in retries)
     */
    public DeskServices(DeskStore store, ExecutorService syncThreads, ScheduledExecutorService work, Clock clock,
                        SyncSettings settings) {
        this(store, false, syncThreads, work, clock, settings);
    }

    private DeskServices(DeskStore store, boolean ownsStore, ExecutorService syncThreads,
                         ScheduledExecutorService work, Clock clock, SyncSettings settings) {
        this.store = store;
        this.ownsStore = ownsStore;
        this.syncThreads = syncThreads;
        this.work = work;
        this.clock = clock;
        this.settings = settings;
        this.history = new HistorySource(store, work);
        this.staff = new OnlineStaffAdministration(this::signedIn, this::rememberOwnPassword, store::forgetCredential);
        this.lastStatus = DeskStatus.offline(store.queuedCount(), store.position().lastSyncAt());
        store.onReservationsChanged(this::reservationsChanged);
    }

    /** Opens (and migrates) the store under the setup's home; closing the services closes it. */
    public static DeskServices open(DeskSetup setup, ExecutorService syncThreads, ScheduledExecutorService work) {
        var defaults = SyncSettings.defaults();
        var settings = new SyncSettings(defaults.batchSize(), defaults.pageSize(), defaults.waitSeconds(),
                defaults.backoffBase(), setup.retryCap(), defaults.idle());
        var store = DeskStore.open(new gotohotel.desk.store.DeskHome(setup.home()));
        return new DeskServices(store, true, syncThreads, work, setup.clock(), settings);
    }

    // --- access ---------------------------------------------------------------------------------------

    @Override
    public synchronized Mode signIn(String serverUrl, String username, String password) {
        if (!isServerAddress(serverUrl)) {
            throw new SignInFailedException(SignInFailedException.Reason.NO_SERVER, "not an http(s) address");
        }
        String user = username.strip();
        disconnect();
        var link = ServerLink.to(serverUrl.strip(), settings.requestTimeout());
        var session = new StaffSession(link, new StoreOwnership(store, serverUrl.strip(), store.setting(SERVER)));
        Mode mode;
        try {
            session.signIn(user, password);
            rememberPassword(user, password, session);
            if (session.manager() && store.revoked()) {
                store.forgetRegistration();   // a manager at the desk: it registers again as a new desk
                log.info("{} (a manager) signed in on this revoked desk: it registers again", user);
            }
            mode = Mode.ONLINE;
        } catch (SignInFailedException otherServer) {
            link.close();
            throw otherServer;
        } catch (StaffSession.SignInException e) {
            if (!e.unreachable()) {
                link.close();
                if (e.wrongPassword()) {
                    store.forgetCredential(user);   // a changed password must not open the desk offline later
                }
                throw new SignInFailedException(SignInFailedException.Reason.REFUSED, e.getMessage());
            }
            var wait = store.offlineSignInWait(user, clock.instant());
            if (!wait.isZero()) {
                link.close();
                throw new SignInFailedException(SignInFailedException.Reason.THROTTLED, "offline guesses throttled",
                        List.of((wait.toMillis() + 999) / 1000));
            }
            var kept = store.credential(user);
            if (kept.isEmpty()) {
                link.close();
                throw new SignInFailedException(SignInFailedException.Reason.UNREACHABLE_NEVER_SIGNED_IN_HERE,
                        e.getMessage());
            }
            var c = kept.get();
            long checking = System.nanoTime();
            boolean matches = hasher.matches(password, c.algorithm(), c.iterations(), c.salt(), c.hash());
            log.debug("Checked {}'s password against the kept hash in {} ms", user, (System.nanoTime() - checking) / 1_000_000);
            if (!matches) {
                link.close();
                store.offlineSignInFailed(user, clock.instant());
                throw new SignInFailedException(SignInFailedException.Reason.WRONG_LOCAL_PASSWORD, "no match");
            }
            store.offlineSignInsCleared(user);
            mode = Mode.OFFLINE;
        } catch (RuntimeException checkFailed) {   // the store could not answer the server check: no token taken
            link.close();
            throw checkFailed;
        }
        store.putSetting(SERVER, serverUrl.strip());
        store.putSetting(USERNAME, user);
        var engine = new SyncEngine(store, link, session, syncThreads, clock, settings, new Random());
        var opened = new Connection(serverUrl.strip(), user, link, session, engine);
        connection = opened;
        engine.addListener(this::syncChanged);
        engine.start();
        if (mode == Mode.OFFLINE) {
            keepSigningIn(opened, password, Duration.ofSeconds(1));
        }
        log.info("{} opened the desk {} against {}", user, mode == Mode.ONLINE ? "online" : "offline", serverUrl);
        return mode;
    }

    /** An http(s) address with a host (checked before anything is torn down: a typo leaves the desk as it was). */
    private static boolean isServerAddress(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            var uri = new URI(url.strip());
            return uri.getHost() != null && uri.getScheme() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Until the server gives a token (or the staff sign out), try again with growing pauses. */
    private void keepSigningIn(Connection opened, String password, Duration pause) {
        work.schedule(() -> {
            if (connection != opened || opened.session().signedIn()) {
                return;
            }
            try {
                opened.session().signIn(opened.username(), password);
                rememberPassword(opened.username(), password, opened.session());
                log.info("The server is back: {} signed in", opened.username());
            } catch (StaffSession.SignInException e) {
                if (e.unreachable()) {
                    var next = pause.multipliedBy(2);
                    keepSigningIn(opened, password, next.compareTo(Duration.ofSeconds(15)) > 0
                            ? Duration.ofSeconds(15) : next);
                } else {
                    if (e.wrongPassword()) {
                        store.forgetCredential(opened.username());
                    }
                    passwordRefused = true;
                    log.warn("The server refused {}'s password: asking again", opened.username());
                    publish(new DeskStatus(lastStatus.online(), true, lastStatus.queued(), lastStatus.lastSyncAt(),
                            ScreenText.of("signin.error." + SignInFailedException.Reason.REFUSED), lastStatus.conflicts()));
                }
            } catch (SignInFailedException e) {
                // Another server's desk: no token, so nothing is sent or fetched; signing in again cannot help.
                otherServer = e.screenText();
                log.warn("{}: the desk stays offline", e.getMessage());
                publish(new DeskStatus(false, false, lastStatus.queued(), lastStatus.lastSyncAt(), otherServer,
                        lastStatus.conflicts()));
            } catch (RuntimeException e) {
                // e.g. the store could not answer the server check: no token was taken; try again later
                log.error("The background sign-in failed; trying again", e);
                publish(new DeskStatus(false, false, lastStatus.queued(), lastStatus.lastSyncAt(),
                        ScreenText.of("sync.error.failed", String.valueOf(e.getMessage())), lastStatus.conflicts()));
                keepSigningIn(opened, password, Duration.ofSeconds(15));
            }
        }, pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void signInAgain(String password) {
        var current = connection;
        if (current == null) {
            throw new SignInFailedException(SignInFailedException.Reason.NO_SERVER, "not signed in");
        }
        try {
            current.session().signIn(current.username(), password);
            rememberPassword(current.username(), password, current.session());
        } catch (StaffSession.SignInException e) {
            if (e.wrongPassword()) {
                store.forgetCredential(current.username());
            }
            throw new SignInFailedException(e.unreachable()
                    ? SignInFailedException.Reason.UNREACHABLE_NEVER_SIGNED_IN_HERE
                    : SignInFailedException.Reason.REFUSED, e.getMessage());
        }
    }

    /**
     * This person changed their own password here: the new one opens this desk offline, kept as set now (by this
     * desk's clock: should it run behind the server's, the next account check forgets it until the next sign-in).
     */
    private void rememberOwnPassword(String username, String password) {
        var hash = hasher.hash(password);
        store.remember(new StaffCredential(username, hash.algorithm(), hash.iterations(), hash.salt(), hash.hash(),
                clock.instant(), clock.instant()));
    }

    /** The server took the password: its hash is kept for offline sign-in, with when the server says it was set. */
    private void rememberPassword(String username, String password, StaffSession session) {
        passwordRefused = false;
        otherServer = null;
        var hash = hasher.hash(password);
        store.remember(new StaffCredential(username, hash.algorithm(), hash.iterations(), hash.salt(), hash.hash(),
                clock.instant(), session.passwordSetAt().orElse(null)));
        store.offlineSignInsCleared(username);
    }

    @Override
    public synchronized void signOut() {
        disconnect();
        publish(DeskStatus.offline(store.queuedCount(), store.position().lastSyncAt()));
    }

    private void disconnect() {
        passwordRefused = false;
        otherServer = null;
        var current = connection;
        connection = null;
        if (current != null) {
            current.session().signOut();
            current.engine().close();
            current.link().close();
        }
    }

    /**
     * Prepares the first sign-in while the form is shown: the HTTP machinery and the password hash's code are
     * loaded and compiled ahead (nothing is sent, nothing stored). Never fails the desk.
     */
    public void warmUp() {
        try {
            ServerLink.warmUp();
            hasher.warmUp();
        } catch (RuntimeException | LinkageError e) {
            log.debug("Warming up the sign-in failed; the first sign-in is only slower", e);
        }
    }

    @Override
    public Optional<String> rememberedServer() {
        return store.setting(SERVER);
    }

    @Override
    public Optional<String> rememberedUsername() {
        return store.setting(USERNAME);
    }

    @Override
    public Optional<String> rememberedLanguage() {
        return store.setting(LANGUAGE);
    }

    @Override
    public void rememberLanguage(String languageTag) {
        store.putSetting(LANGUAGE, languageTag);
    }

    /** Staff accounts and desks (managers) and one's own password, over the current connection. */
    public StaffAdministration staff() {
        return staff;
    }

    private Optional<OnlineStaffAdministration.Signed> signedIn() {
        return Optional.ofNullable(connection).map(c -> new OnlineStaffAdministration.Signed(c.link(), c.session(),
                c.username()));
    }

    // --- reservations ---------------------------------------------------------------------------------

    @Override
    public List<Booking> bookings() {
        long started = System.nanoTime();
        var bookings = store.everyReservation().stream().map(this::booking).toList();
        log.info("Read {} bookings from the desk store in {} ms", bookings.size(), (System.nanoTime() - started) / 1_000_000);
        return bookings;
    }

    @Override
    public Booking decide(UUID bookingId, Decision decision, String reason) {
        var current = connection;
        if (current == null) {
            throw new DecisionRefusedException(ScreenText.of("decision.refused.SIGNED_OUT"));
        }
        try {
            current.engine().decide(bookingId, gotohotel.shared.sync.CommandType.valueOf(decision.name()),
                    current.username(), reason);
        } catch (gotohotel.desk.store.DecisionRefusedException e) {
            throw new DecisionRefusedException(ScreenText.of("decision.refused." + e.reason(), e.values().toArray()));
        }
        return store.reservation(bookingId).map(this::booking).orElseThrow();
    }

    @Override
    public List<HistoryEntry> localHistory(UUID bookingId) {
        return history.local(bookingId);
    }

    @Override
    public CompletableFuture<Optional<List<HistoryEntry>>> serverHistory(UUID bookingId) {
        var current = connection;
        return current == null ? CompletableFuture.completedFuture(Optional.empty())
                : history.fromServer(bookingId, current.link(), current.session());
    }

    @Override
    public void dismissConflict(long conflictId) {
        var current = connection;
        if (current != null) {
            current.engine().dismissConflict(conflictId);
        } else {
            store.dismiss(conflictId);
        }
    }

    @Override
    public DeskStatus status() {
        return lastStatus;
    }

    @Override
    public void listen(DeskListener listener) {
        listeners.add(listener);
    }

    private Booking booking(LocalReservation r) {
        return booking(r, shared);
    }

    /** @param values the few distinct texts, dates and amounts, shared between rows */
    static Booking booking(LocalReservation r, Map<Object, Object> values) {
        var s = r.server();
        return new Booking(s.reservationId(), s.orderId(), s.guestName(), s.phone(), shared(s.roomType(), values),
                shared(s.checkIn(), values), shared(s.checkOut(), values), s.guestCount(),
                shared(r.localStatus(), values), shared(s.amount(), values), shared(s.currency(), values),
                r.queued() > 0, shared(s.lastChangedBy(), values), s.updatedAt());
    }

    /** The instance held for an equal value (immutable values only: strings, dates, amounts). */
    @SuppressWarnings("unchecked")
    private static <T> T shared(T value, Map<Object, Object> values) {
        return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
    }

    // --- changes --------------------------------------------------------------------------------------

    private void syncChanged(SyncStatus s) {
        // The engine makes no request without a token, so it never sees the refusal the background sign-in got.
        boolean refused = passwordRefused && !s.online();
        String wrongServer = s.online() ? null : otherServer;
        publish(new DeskStatus(s.online(), s.signInRequired() || refused, s.queued(), s.lastSyncAt(),
                wrongServer != null ? wrongServer
                        : refused && s.lastError() == null ? lastStatus.lastError()
                        : s.lastError() != null ? s.lastError() : s.notice(),
                s.conflicts().stream().map(this::note).toList()));
    }

    /** A conflict as staff read it, with the status the reservation has now on this desk (the server's). */
    private ConflictNote note(gotohotel.desk.store.Conflict c) {
        return new ConflictNote(c.id(), c.reservationId(), c.guestName(), c.type(), c.outcome(), c.statusNow(),
                c.message(), c.occurredAt());
    }

    private void publish(DeskStatus status) {
        lastStatus = status;
        listeners.forEach(listener -> listener.statusChanged(status));
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
            var bookings = store.reservations(ids).stream().map(this::booking).toList();
            listeners.forEach(listener -> listener.bookingsChanged(bookings));
        } catch (RuntimeException e) {
            log.error("Cannot read {} changed reservations", ids.size(), e);
        }
    }

    @Override
    public void close() {
        disconnect();
        if (ownsStore) {
            store.close();
        }
    }
}
