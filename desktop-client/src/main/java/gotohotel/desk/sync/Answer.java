package gotohotel.desk.sync;

/**
 * What became of one request to the server, as the sync engine acts on it.
 *
 * @param body the answer when {@link Kind#OK}
 * @param problem why not, in words (never a token)
 * @param lastSeq for {@link Kind#RESTART}: the last seq of this desk the server holds
 * @param refusal the server's problem+json when it sent one (its detail and field errors, to show), else null
 */
public record Answer<T>(Kind kind, T body, String problem, long lastSeq, ServerProblem refusal) {

    public enum Kind {
        /** 2xx with a body. */
        OK,
        /** 401: the token is missing, expired or revoked; the staff must sign in again. */
        UNAUTHORIZED,
        /** 409 gap or unknown desk: resync in full and renumber the queue from {@code lastSeq + 1}. */
        RESTART,
        /** 413: the request is larger than the server takes; send less at once. */
        TOO_LARGE,
        /** No answer, a timeout, 408, 429 or 5xx: try again later. */
        UNREACHABLE,
        /** Any other answer: the server will not take this request as it is. */
        REFUSED
    }

    static <T> Answer<T> ok(T body) {
        return new Answer<>(Kind.OK, body, null, 0, null);
    }

    static <T> Answer<T> of(Kind kind, String problem) {
        return new Answer<>(kind, null, problem, 0, null);
    }

    static <T> Answer<T> of(Kind kind, String problem, ServerProblem refusal) {
        return new Answer<>(kind, null, problem, 0, refusal);
    }

    static <T> Answer<T> restart(long lastSeq, String problem) {
        return new Answer<>(Kind.RESTART, null, problem, lastSeq, null);
    }
}
