package gotohotel.desk.sync;

import java.util.UUID;

/**
 * Decides, once the server accepted a sign-in and before the session takes the token (so before the engine can
 * send or fetch anything), whether this desk may sync with that server (decision 28).
 */
@FunctionalInterface
public interface ServerCheck {

    /** Any server will do (tests, tools that sync a store of their own). */
    ServerCheck ANY = serverId -> { };

    /**
     * @param serverId the identity the server answered; null from a server older than identities
     * @throws RuntimeException to refuse the server: the session does not take the token
     */
    void admit(UUID serverId);
}
