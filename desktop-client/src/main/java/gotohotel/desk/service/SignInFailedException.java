package gotohotel.desk.service;

/** Sign-in refused; {@code reason} says why in a way the screen translates. */
public class SignInFailedException extends RuntimeException {

    public enum Reason { REFUSED, UNREACHABLE_NEVER_SIGNED_IN_HERE, WRONG_LOCAL_PASSWORD, NO_SERVER }

    private final Reason reason;

    public SignInFailedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
