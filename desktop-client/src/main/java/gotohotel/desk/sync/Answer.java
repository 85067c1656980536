package gotohotel.desk.sync;

import java.time.Duration;

/**
 * What became of one request to the server, as the sync engine acts on it.
 *
 * @param body the answer when {@link Kind#OK}
 * @param problem why not, in words (never a token)
 * @param lastSeq for {@link Kind#RESTART}: the last seq of this desk the server holds
 * @param retryAfter for {@link Kind#BUSY}: how long the server asks the desk to wait before asking again
 * @param refusal the server's problem+json when it sent one (its detail and field errors, to show), else null
 */
public record Answer<T>(Kind kind, T body, String problem, long lastSeq, Duration retryAfter, ServerProblem refusal) {

    public enum Kind {
        /** 2xx with a body. */
        OK,
        /** 401: the token is missing, expired or revoked; the staff must sign in again. */
        UNAUTHORIZED,
        /** 409 gap or unknown desk: resync in full and renumber the queue from {@code lastSeq + 1}. */
        RESTART,
        /**
         * 409 {@code sync-feed-reset}: the cursor is not in the server's changes feed (its database was restored
         * from a backup); download everything again, the queue stays as it is (decision 39).
         */
        FEED_RESET,
        /** 409 sync-sequence-reused: another computer used this desk's numbers (a copied folder): register anew. */
        SEQUENCE_REUSED,
        /** 403 desk-not-registered: the server does not know this desk (or not with this secret): register anew. */
        UNREGISTERED,
        /** 403 desk-revoked: a manager revoked this desk; send nothing until a manager signs in here. */
        REVOKED,
        /** 413: the request is larger than the server takes; send less at once. */
        TOO_LARGE,
        /** No answer, a timeout, 408, 429 or 5xx: try again later. */
        UNREACHABLE,
        /**
         * 429 or 503 {@code sync-busy}: the server is fine but has enough requests waiting for changes; ask again
         * after {@code retryAfter}. Nothing the staff must act on.
         */
        BUSY,
        /** Any other answer: the server will not take this request as it is. */
        REFUSED
    }

    static <T> Answer<T> ok(T body) {
        return new Answer<>(Kind.OK, body, null, 0, Duration.ZERO, null);
    }

    static <T> Answer<T> of(Kind kind, String problem) {
        return new Answer<>(kind, null, problem, 0, Duration.ZERO, null);
    }

    static <T> Answer<T> of(Kind kind, String problem, ServerProblem refusal) {
        return new Answer<>(kind, null, problem, 0, Duration.ZERO, refusal);
    }

    static <T> Answer<T> restart(long lastSeq, String problem) {
        return new Answer<>(Kind.RESTART, null, problem, lastSeq, Duration.ZERO, null);
    }

    static <T> Answer<T> busy(Duration retryAfter, String problem) {
        return new Answer<>(Kind.BUSY, null, problem, 0, retryAfter, null);
    }
}
