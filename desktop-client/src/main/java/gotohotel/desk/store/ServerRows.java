package gotohotel.desk.store;

import java.sql.SQLException;

/**
 * Which server the store belongs to (decision 28): its identity and the address it last answered at, kept as
 * settings. A store from before identities belongs to the first server it sees again.
 */
final class ServerRows {

    static final String SERVER_ID = "server-id";
    static final String SERVER_ADDRESS = "server-id-address";

    private ServerRows() {
    }

    static ServerClaim claim(Sqlite db, String serverId, String address) throws SQLException {
        var kept = LocalRows.setting(db, SERVER_ID);
        if (kept.isPresent() && !kept.get().equals(serverId)) {
            long queued = CommandRows.count(db);
            long reservations = ReservationRows.count(db);
            if (queued > 0 || reservations > 0) {
                return ServerClaim.heldBy(LocalRows.setting(db, SERVER_ADDRESS), queued, reservations);
            }
            forgetOtherServer(db);
        }
        LocalRows.putSetting(db, SERVER_ID, serverId);
        LocalRows.putSetting(db, SERVER_ADDRESS, address);
        return kept.isPresent() && kept.get().equals(serverId) ? ServerClaim.same() : ServerClaim.adopt();
    }

    /**
     * Nothing of the other server is left but where the sync stood with it: a new desk id (the new server never
     * saw this desk), no cursor (its cursors mean nothing here), and its conflict notes go.
     */
    private static void forgetOtherServer(Sqlite db) throws SQLException {
        db.update("DELETE FROM conflict");
        db.update("DELETE FROM sync_state");
        StateRow.createIfMissing(db);
    }
}
