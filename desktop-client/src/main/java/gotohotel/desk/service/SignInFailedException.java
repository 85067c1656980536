package gotohotel.desk.service;

import gotohotel.desk.text.ScreenText;
import java.util.List;

/** Sign-in refused; {@code reason} says why in a way the screen translates. */
public class SignInFailedException extends RuntimeException {

    public enum Reason {
        REFUSED, UNREACHABLE_NEVER_SIGNED_IN_HERE, WRONG_LOCAL_PASSWORD, NO_SERVER,
        /**
         * The server is not the one this desk's store belongs to, and the store still holds that server's
         * reservations or unsent decisions: nothing is sent or fetched (decision 28). Values: decisions not yet
         * sent, the other server's last address, its cached reservations.
         */
        OTHER_SERVER,
        /** Too many wrong passwords while the server was unreachable: the value is the seconds to wait. */
        THROTTLED
    }

    private final Reason reason;
    private final List<Object> values;

    public SignInFailedException(Reason reason, String detail) {
        this(reason, detail, List.of());
    }

    public SignInFailedException(Reason reason, String detail, List<Object> values) {
        super(detail);
        this.reason = reason;
        this.values = List.copyOf(values);
    }

    public Reason reason() {
        return reason;
    }

    /** What the screen shows: the reason's bundle key with its values (a {@link ScreenText}). */
    public String screenText() {
        return ScreenText.of("signin.error." + reason.name(), values.toArray());
    }
}
