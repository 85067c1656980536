package gotohotel.desk.sync;

import gotohotel.shared.api.StaffLoginResponse;
import gotohotel.shared.api.StaffRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who is signed in at the desk: the bearer token, kept in memory only (never written to disk or logged).
 * A 401 forgets it; the sync engine waits for a new one and then carries on where it stopped.
 */
public final class StaffSession {

    private final ServerLink link;
    private final ServerCheck check;
    private final AtomicReference<String> token = new AtomicReference<>();
    /** What the server said at the last sign-in here (no token in it): role, when the password was set. */
    private volatile StaffLoginResponse signedInAs;
    private final AtomicReference<StaffRole> role = new AtomicReference<>();
    private final List<Runnable> onSignIn = new CopyOnWriteArrayList<>();

    public StaffSession(ServerLink link) {
        this(link, ServerCheck.ANY);
    }

    /** @param check asked about the server before each token it gives is taken */
    public StaffSession(ServerLink link, ServerCheck check) {
        this.link = link;
        this.check = check;
    }

    /**
     * Signs in at the backend; the password is sent once and not kept.
     *
     * @throws SignInException when the server refuses the credentials or cannot be reached
     * @throws RuntimeException  what the {@link ServerCheck} threw: the server is not this desk's; no token taken
     */
    public void signIn(String username, String password) {
        var answer = link.login(username, password);
        if (answer.kind() != Answer.Kind.OK || answer.body().token() == null) {
            boolean unreachable = answer.kind() == Answer.Kind.UNREACHABLE;
            throw new SignInException(unreachable
                    ? "The server cannot be reached; try again when the link is back."
                    : "The server did not accept this name and password (" + answer.problem() + ").", unreachable,
                    answer.kind() == Answer.Kind.UNAUTHORIZED);
        }
        check.admit(answer.body().serverId());
        signedInAs = answer.body();
        role.set(answer.body().role());
        useToken(answer.body().token());
    }

    /** Forgets the token (sign out). */
    public void signOut() {
        token.set(null);
        role.set(null);
    }

    /** Takes a token obtained elsewhere (another window of the app signed in). */
    public void useToken(String newToken) {
        token.set(newToken);
        onSignIn.forEach(Runnable::run);
    }

    /** When the server says the signed-in person's password was set (empty: not signed in here, or not said). */
    public Optional<Instant> passwordSetAt() {
        var answer = signedInAs;
        return answer == null ? Optional.empty() : Optional.ofNullable(answer.passwordChangedAt());
    }

    /** Whether the person who signed in here last is a manager (may re-register a revoked desk, manage staff). */
    public boolean manager() {
        var answer = signedInAs;
        return answer != null && answer.role() == StaffRole.MANAGER;
    }

    public Optional<String> token() {
        return Optional.ofNullable(token.get());
    }

    /** The role the server gave at the last sign-in here (empty before one, or from a server without roles). */
    public Optional<StaffRole> role() {
        return Optional.ofNullable(role.get());
    }

    public boolean signedIn() {
        return token.get() != null;
    }

    /**
     * Forgets a token the server refused. False when staff signed in again meanwhile: the refusal was of an older
     * token (a long poll sent before the new sign-in), and the new one stands.
     */
    boolean expired(String refused) {
        return token.compareAndSet(refused, null) || token.get() == null;
    }

    void onSignIn(Runnable listener) {
        onSignIn.add(listener);
    }

    /** Sign-in refused or impossible now. */
    public static class SignInException extends RuntimeException {

        private final boolean unreachable;
        private final boolean wrongPassword;

        public SignInException(String message) {
            this(message, false, false);
        }

        public SignInException(String message, boolean unreachable, boolean wrongPassword) {
            super(message);
            this.unreachable = unreachable;
            this.wrongPassword = wrongPassword;
        }

        /** True when the server answered that this name and password are wrong (401). */
        public boolean wrongPassword() {
            return wrongPassword;
        }

        /** True when the server did not answer (as opposed to refusing the credentials). */
        public boolean unreachable() {
            return unreachable;
        }
    }
}
