package gotohotel.desk.service;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.sync.ServerCheck;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the desk sync only with the server its store belongs to (decision 28): asked by the staff session after
 * every sign-in the server accepted — in the foreground, in the background after an offline sign-in, after a
 * 401 — before the token is taken, so a refused server never gets a decision nor gives a reservation.
 */
final class StoreOwnership implements ServerCheck {

    private static final Logger log = LoggerFactory.getLogger(StoreOwnership.class);

    private final DeskStore store;
    private final String address;
    private final Optional<String> previousAddress;

    /** @param previousAddress where the desk signed in before this sign-in (read before it is replaced) */
    StoreOwnership(DeskStore store, String address, Optional<String> previousAddress) {
        this.store = store;
        this.address = address;
        this.previousAddress = previousAddress;
    }

    @Override
    public void admit(UUID serverId) {
        var claim = store.claimFor(serverId == null ? null : serverId.toString(), address, previousAddress);
        if (!claim.admitted()) {
            String other = claim.otherAddress().orElse("?");
            log.warn("The server at {} is not this desk's ({}): {} queued decisions and {} reservations kept for it,"
                    + " nothing sent", address, other, claim.queued(), claim.reservations());
            throw new SignInFailedException(SignInFailedException.Reason.OTHER_SERVER,
                    "This desk holds the data of another GotoHotel server (last signed in at " + other + ")",
                    List.of(claim.queued(), other, claim.reservations()));
        }
        if (claim.adopted()) {
            log.info("The desk store now belongs to the server {} at {}", serverId, address);
        } else if (serverId == null) {
            log.warn("The server at {} names no identity (older than the desk): trusted by its address", address);
        }
    }
}
