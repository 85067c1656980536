package gotohotel.desk.service;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.sync.ServerLink;
import gotohotel.desk.sync.StaffSession;
import gotohotel.desk.sync.SyncEngine;
import gotohotel.desk.sync.SyncSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out at this desk. One connection (link, session, sync engine) per signed-in session; a staff
 * member who signed in here before may open the desk offline (the password checked against the kept hash), and
 * the desk keeps asking the server for a token in the background until it gets one.
 */
final class DeskAccess implements AccessService {

    private static final Logger log = LoggerFactory.getLogger(DeskAccess.class);
    static final String SERVER = "server";
    static final String USERNAME = "username";
    static final String LANGUAGE = "language";

    private final DeskStore store;
    private final ExecutorService syncThreads;
    private final Clock clock;
    private final SyncSettings settings;
    private final KeptPasswords kept;
    private final StatusFeed feed;
    private final BackgroundSignIn background;
    private volatile Connection connection;

    /**
     * @param syncThreads runs the engine's two loops (they block on the network): give it at least two threads
     * @param work the services' own background thread (sign-in retries)
     */
    DeskAccess(DeskStore store, ExecutorService syncThreads, ScheduledExecutorService work, Clock clock,
               SyncSettings settings, KeptPasswords kept, StatusFeed feed) {
        this.store = store;
        this.syncThreads = syncThreads;
        this.clock = clock;
        this.settings = settings;
        this.kept = kept;
        this.feed = feed;
        this.background = new BackgroundSignIn(work, () -> connection, kept, feed);
    }

    /** The connection now; empty when signed out. */
    Optional<Connection> connection() {
        return Optional.ofNullable(connection);
    }

    @Override
    public synchronized Mode signIn(String serverUrl, String username, String password) {
        if (!isServerAddress(serverUrl)) {
            throw new SignInFailedException(SignInFailedException.Reason.NO_SERVER, "not an http(s) address");
        }
        String server = serverUrl.strip();
        String user = username.strip();
        disconnect();
        var link = ServerLink.to(server, settings.requestTimeout());
        var session = new StaffSession(link, new StoreOwnership(store, server, store.setting(SERVER)));
        Mode mode;
        try {
            session.signIn(user, password);
            accepted(user, password, session);
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
                    kept.forget(user);   // a changed password must not open the desk offline later
                }
                throw new SignInFailedException(SignInFailedException.Reason.REFUSED, e.getMessage());
            }
            try {
                kept.checkOffline(user, password, e.getMessage());
            } catch (SignInFailedException refused) {
                link.close();
                throw refused;
            }
            mode = Mode.OFFLINE;
        } catch (RuntimeException checkFailed) {   // the store could not answer the server check: no token taken
            link.close();
            throw checkFailed;
        }
        store.putSetting(SERVER, server);
        store.putSetting(USERNAME, user);
        var engine = new SyncEngine(store, link, session, syncThreads, clock, settings, new Random());
        var opened = new Connection(server, user, link, session, engine);
        connection = opened;
        engine.addListener(feed::syncChanged);
        engine.start();
        if (mode == Mode.OFFLINE) {
            background.keepTrying(opened, password, Duration.ofSeconds(1));
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

    @Override
    public void signInAgain(String password) {
        var current = connection;
        if (current == null) {
            throw new SignInFailedException(SignInFailedException.Reason.NO_SERVER, "not signed in");
        }
        try {
            current.session().signIn(current.username(), password);
            accepted(current.username(), password, current.session());
        } catch (StaffSession.SignInException e) {
            if (e.wrongPassword()) {
                kept.forget(current.username());
            }
            throw new SignInFailedException(e.unreachable()
                    ? SignInFailedException.Reason.UNREACHABLE_NEVER_SIGNED_IN_HERE
                    : SignInFailedException.Reason.REFUSED, e.getMessage());
        }
    }

    /** The server took the password: the status forgets the background sign-in's troubles; the hash is kept. */
    private void accepted(String username, String password, StaffSession session) {
        feed.signInSettled();
        kept.serverAccepted(username, password, session.passwordSetAt().orElse(null));
    }

    @Override
    public synchronized void signOut() {
        disconnect();
        feed.publish(DeskStatus.offline(store.queuedCount(), store.position().lastSyncAt()));
    }

    /** Ends the session (if any) and stops its engine; the store stays open. */
    void disconnect() {
        feed.signInSettled();
        var current = connection;
        connection = null;
        if (current != null) {
            current.close();
        }
    }

    /**
     * Prepares the first sign-in while the form is shown: the HTTP machinery and the password hash's code are
     * loaded and compiled ahead (nothing is sent, nothing stored). Never fails the desk.
     */
    void warmUp() {
        try {
            ServerLink.warmUp();
            kept.warmUp();
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
}
