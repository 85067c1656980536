package gotohotel.desk.service;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.store.StaffCredential;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password hashes this desk keeps so that staff who signed in here before may open it while the server is
 * unreachable (decision 23), and the throttle on wrong guesses made offline.
 */
final class KeptPasswords {

    private static final Logger log = LoggerFactory.getLogger(KeptPasswords.class);

    private final DeskStore store;
    private final Clock clock;
    private final PasswordHasher hasher = new PasswordHasher();

    KeptPasswords(DeskStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The server took the password: its hash is kept for offline sign-in, with when the server says it was set. */
    void serverAccepted(String username, String password, Instant setAt) {
        keep(username, password, () -> setAt);
        store.offlineSignInsCleared(username);
    }

    /**
     * This person changed their own password here: the new one opens this desk offline, kept as set now (by this
     * desk's clock: should it run behind the server's, the next account check forgets it until the next sign-in).
     */
    void changedHere(String username, String password) {
        keep(username, password, clock::instant);
    }

    /** The kept hash no longer opens this desk offline (a changed, reset or refused password, a disabled account). */
    void forget(String username) {
        store.forgetCredential(username);
    }

    /**
     * The server is unreachable: the password must match the hash kept from an earlier sign-in here, and wrong
     * guesses make the next one wait.
     *
     * @param unreachable why the server could not be asked (said when nobody signed in here before)
     * @throws SignInFailedException when the guesses are throttled, nobody kept a hash, or the password does not match
     */
    void checkOffline(String username, String password, String unreachable) {
        var wait = store.offlineSignInWait(username, clock.instant());
        if (!wait.isZero()) {
            throw new SignInFailedException(SignInFailedException.Reason.THROTTLED, "offline guesses throttled",
                    List.of((wait.toMillis() + 999) / 1000));
        }
        var kept = store.credential(username);
        if (kept.isEmpty()) {
            throw new SignInFailedException(SignInFailedException.Reason.UNREACHABLE_NEVER_SIGNED_IN_HERE, unreachable);
        }
        var c = kept.get();
        long checking = System.nanoTime();
        boolean matches = hasher.matches(password, c.algorithm(), c.iterations(), c.salt(), c.hash());
        log.debug("Checked {}'s password against the kept hash in {} ms", username,
                (System.nanoTime() - checking) / 1_000_000);
        if (!matches) {
            store.offlineSignInFailed(username, clock.instant());
            throw new SignInFailedException(SignInFailedException.Reason.WRONG_LOCAL_PASSWORD, "no match");
        }
        store.offlineSignInsCleared(username);
    }

    /** Loads and compiles the hash's code ahead of the first sign-in. */
    void warmUp() {
        hasher.warmUp();
    }

    /** @param setAt when the password was set, asked after the hash is made (null: the server does not say) */
    private void keep(String username, String password, Supplier<Instant> setAt) {
        var hash = hasher.hash(password);
        store.remember(new StaffCredential(username, hash.algorithm(), hash.iterations(), hash.salt(), hash.hash(),
                clock.instant(), setAt.get()));
    }
}
