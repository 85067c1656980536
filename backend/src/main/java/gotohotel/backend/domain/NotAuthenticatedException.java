package gotohotel.backend.domain;

/** The caller is not signed in, or could not sign in (unknown name, wrong password, disabled account). */
public non-sealed class NotAuthenticatedException extends RefusalException {

    public NotAuthenticatedException(String type, String title, String detail) {
        super(type, title, detail, null);
    }
}
