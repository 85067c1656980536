package gotohotel.desk.service;

/** The server gave no report: why, and its own sentence when it said one. */
public final class ReportRefusedException extends RuntimeException {

    /** Why there is no report. */
    public enum Reason {
        /** No server reached (offline) or no connection. */
        UNREACHABLE,
        /** The session ended: sign in again. */
        SIGNED_OUT,
        /** Only managers see the reports. */
        MANAGERS_ONLY,
        /** The range was refused (backwards, or too long). */
        INVALID,
        OTHER
    }

    private final Reason reason;

    public ReportRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
