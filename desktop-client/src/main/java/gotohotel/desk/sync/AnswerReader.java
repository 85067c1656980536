package gotohotel.desk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Turns the server's HTTP answers into {@link Answer}s: its status and problem type (RFC 9457) say which kind, a
 * request that got no answer is UNREACHABLE; nothing throws.
 */
final class AnswerReader {

    private static final String GAP = "sync-sequence-gap";
    private static final String UNKNOWN_CLIENT = "sync-client-unknown";
    private static final String FEED_RESET = "sync-feed-reset";
    private static final String SEQUENCE_REUSED = "sync-sequence-reused";
    private static final String DESK_NOT_REGISTERED = "desk-not-registered";
    private static final String DESK_REVOKED = "desk-revoked";
    private static final String BUSY = "sync-busy";
    /** When a busy server does not say how long to wait. */
    private static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(5);

    private final ObjectMapper json;

    AnswerReader(ObjectMapper json) {
        this.json = json;
    }

    /** A request answered with 204 No Content when it succeeds. */
    Answer<Void> sendNoContent(Call<Void> call) {
        try {
            var response = call.execute();
            return response.isSuccessful() ? Answer.ok(null) : read(response);
        } catch (IOException | RuntimeException e) {
            return Answer.of(Answer.Kind.UNREACHABLE, e.getClass().getSimpleName());   // the screens say the rest
        }
    }

    /** Sends and reads the answer; no answer at all is UNREACHABLE. */
    <T> Answer<T> send(Call<T> call) {
        try {
            return read(call.execute());
        } catch (IOException | RuntimeException e) {
            return Answer.of(Answer.Kind.UNREACHABLE, e.getClass().getSimpleName()   // the screens say the rest
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** The kind of answer the status and the problem type say. */
    <T> Answer<T> read(Response<T> response) throws IOException {
        int status = response.code();
        if (response.isSuccessful() && response.body() != null) {
            return Answer.ok(response.body());
        }
        JsonNode problem = problem(response);
        String detail = "HTTP " + status + (problem.hasNonNull("detail") ? ": " + problem.get("detail").asText() : "");
        if (status == 401) {
            return Answer.of(Answer.Kind.UNAUTHORIZED, detail);
        }
        if (status == 413) {
            return Answer.of(Answer.Kind.TOO_LARGE, detail);
        }
        String type = problem.path("type").asText("");
        if (status == 409 && (type.endsWith(GAP) || type.endsWith(UNKNOWN_CLIENT))
                && problem.hasNonNull("lastSeq")) {
            return Answer.restart(problem.get("lastSeq").asLong(), detail);
        }
        if (status == 409 && type.endsWith(FEED_RESET)) {
            return Answer.of(Answer.Kind.FEED_RESET, detail);
        }
        if (status == 409 && type.endsWith(SEQUENCE_REUSED)) {
            return Answer.of(Answer.Kind.SEQUENCE_REUSED, detail);
        }
        if (status == 403 && type.endsWith(DESK_NOT_REGISTERED)) {
            return Answer.of(Answer.Kind.UNREGISTERED, detail);
        }
        if (status == 403 && type.endsWith(DESK_REVOKED)) {
            return Answer.of(Answer.Kind.REVOKED, detail);
        }
        if ((status == 429 || status == 503) && type.endsWith(BUSY)) {
            return Answer.busy(retryAfter(response.headers().get("Retry-After")), detail);
        }
        if (status == 408 || status == 429 || status >= 500 || response.isSuccessful()) {
            // the server's words, if it sent them, say why (the card payment service down is not the link down)
            return Answer.of(Answer.Kind.UNREACHABLE, detail, problem.isEmpty() ? null
                    : ServerProblem.from(status, problem));
        }
        return Answer.of(Answer.Kind.REFUSED, detail, ServerProblem.from(status, problem));
    }

    /** Retry-After in seconds (the form the server sends); a date or nothing counts as the default. */
    private static Duration retryAfter(String header) {
        try {
            return header == null ? BUSY_RETRY_AFTER : Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            return BUSY_RETRY_AFTER;
        }
    }

    private JsonNode problem(Response<?> response) throws IOException {
        try (var body = response.errorBody()) {
            if (body == null) {
                return json.createObjectNode();
            }
            try {
                JsonNode tree = json.readTree(body.string());
                return tree == null || !tree.isObject() ? json.createObjectNode() : tree;
            } catch (IOException notJson) {
                return json.createObjectNode();
            }
        }
    }
}
