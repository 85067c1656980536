package gotohotel.backend.sync;

/**
 * Commands under a desk id the server cannot accept: no such registered desk (or its secret is not the one it was
 * given: the desk registers again and renumbers its queue), or a desk a manager revoked (it stops sending).
 */
class DeskRefusedException extends RuntimeException {

    enum Reason {
        NOT_REGISTERED, REVOKED
    }

    private final Reason reason;

    DeskRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
