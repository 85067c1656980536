package gotohotel.backend.sync;

import gotohotel.backend.domain.NotPermittedException;

/**
 * Commands under a desk id the server cannot accept: no such registered desk (or its secret is not the one it was
 * given: the desk registers again and renumbers its queue), or a desk a manager revoked (it stops sending).
 */
class DeskRefusedException extends NotPermittedException {

    enum Reason {
        NOT_REGISTERED, REVOKED
    }

    DeskRefusedException(Reason reason, String detail) {
        super(reason == Reason.REVOKED ? "desk-revoked" : "desk-not-registered",
                reason == Reason.REVOKED ? "Desk revoked" : "Desk not registered", detail);
    }
}
