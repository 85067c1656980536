package gotohotel.desk.store;

import java.util.Optional;

/**
 * What the store answered a server that signed in: admitted (it is the store's server, or the store was free
 * to adopt it), or held by another server whose reservations and unsent decisions it still keeps.
 *
 * @param admitted        whether the desk may sync with the server
 * @param adopted         the store took this server as its own now (first sign-in, or it was empty)
 * @param otherAddress    when refused: the address the store's own server last answered at, if known
 * @param queued          when refused: the decisions not yet sent to the store's own server
 * @param reservations    when refused: the reservations of the store's own server it caches
 */
public record ServerClaim(boolean admitted, boolean adopted, Optional<String> otherAddress, long queued,
                          long reservations) {

    static ServerClaim same() {
        return new ServerClaim(true, false, Optional.empty(), 0, 0);
    }

    static ServerClaim adopt() {
        return new ServerClaim(true, true, Optional.empty(), 0, 0);
    }

    static ServerClaim heldBy(Optional<String> address, long queued, long reservations) {
        return new ServerClaim(false, false, address, queued, reservations);
    }
}
