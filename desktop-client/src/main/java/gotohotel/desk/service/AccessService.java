package gotohotel.desk.service;

import java.util.Optional;

/** Signing in and out at the desk. Blocking: call on a background thread. */
public interface AccessService {

    enum Mode {
        /** The server accepted the password; the desk syncs. */
        ONLINE,
        /** The server did not answer; the password matched the hash kept from an earlier sign-in here. */
        OFFLINE
    }

    /**
     * @throws SignInFailedException when the server refuses, or it is unreachable and the password cannot be
     *                               checked locally
     */
    Mode signIn(String serverUrl, String username, String password);

    /** The token expired: sign in again as the same staff member; the queue is kept. */
    void signInAgain(String password);

    void signOut();

    Optional<String> rememberedServer();

    Optional<String> rememberedUsername();

    Optional<String> rememberedLanguage();

    void rememberLanguage(String languageTag);
}
