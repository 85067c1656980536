package gotohotel.desk.service;

import gotohotel.desk.sync.ServerLink;
import gotohotel.desk.sync.StaffSession;
import gotohotel.desk.sync.SyncEngine;

/** A signed-in session: the link to one server, who signed in, their token holder and the sync engine. */
record Connection(String serverUrl, String username, ServerLink link, StaffSession session, SyncEngine engine) {

    /** Ends the session, stops the engine and closes the link. */
    void close() {
        session.signOut();
        engine.close();
        link.close();
    }
}
