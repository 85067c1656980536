package gotohotel.desk.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which server the store belongs to (decision 28): its identity and the address it last answered at, kept as
 * settings. A store that holds nothing may take any server; one that holds reservations or decisions stays with
 * its own: the same identity (at whatever address), or — for a store from before identities, or a server too old
 * to name one — the same address.
 */
final class ServerRows {

    static final String SERVER_ID = "server-id";
    static final String SERVER_ADDRESS = "server-id-address";

    private ServerRows() {
    }

    /**
     * @param serverId        the identity the server answered, or null from a server older than identities
     * @param previousAddress the address the desk signed in to before this sign-in, if any (what an old store
     *                        without an identity knows of its server)
     */
    static ServerClaim claim(Sqlite db, String serverId, String address, Optional<String> previousAddress)
            throws SQLException {
        var kept = LocalRows.setting(db, SERVER_ID);
        var keptAddress = LocalRows.setting(db, SERVER_ADDRESS).or(() -> previousAddress);
        long queued = CommandRows.count(db);
        long reservations = ReservationRows.count(db);
        boolean holdsData = queued > 0 || reservations > 0;
        boolean ours = serverId != null && kept.isPresent()
                ? kept.get().equals(serverId)
                : keptAddress.isEmpty() || sameAddress(keptAddress.get(), address);
        if (!ours && holdsData) {
            return ServerClaim.heldBy(keptAddress, queued, reservations);
        }
        if (!ours && kept.isPresent()) {
            forgetOtherServer(db);
        }
        boolean adopted = serverId != null && !(kept.isPresent() && kept.get().equals(serverId));
        if (serverId != null) {
            LocalRows.putSetting(db, SERVER_ID, serverId);
        } else if (!ours) {
            db.update("DELETE FROM desk_setting WHERE name = ?", SERVER_ID);   // an empty store now with an old server
        }
        LocalRows.putSetting(db, SERVER_ADDRESS, address);
        return adopted ? ServerClaim.adopt() : ServerClaim.same();
    }

    /** Two spellings of one address: case of scheme and host, and a trailing slash, aside. */
    static boolean sameAddress(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String address) {
        String text = address.strip().toLowerCase(Locale.ROOT);
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Nothing of the other server is left but where the sync stood with it: a new desk id (the new server never
     * saw this desk), no cursor (its cursors mean nothing here), its conflict notes go, and so do the passwords of
     * its staff (they must not open this server's data offline).
     */
    private static void forgetOtherServer(Sqlite db) throws SQLException {
        db.update("DELETE FROM conflict");
        db.update("DELETE FROM staff_credential");
        db.update("DELETE FROM sync_state");
        StateRow.createIfMissing(db);
    }
}
