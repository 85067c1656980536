package gotohotel.backend.domain;

/** The caller is known but may not do this (a receptionist managing staff, a revoked desk sending commands). */
public non-sealed class NotPermittedException extends RefusalException {

    public NotPermittedException(String type, String title, String detail) {
        super(type, title, detail, null);
    }
}
