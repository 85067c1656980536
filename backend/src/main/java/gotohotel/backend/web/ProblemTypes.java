package gotohotel.backend.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;

/**
 * Every problem type the API answers with, in one list: stable identifiers clients can switch on,
 * {@code urn:gotohotel:problem:<slug>}. A refusal names its slug where it is raised (its kind decides the status,
 * see {@link ProblemDetailsAdvice}); a test checks that each slug listed here is raised somewhere and that every
 * slug raised is listed here.
 */
public final class ProblemTypes {

    /** The slugs refusals carry, grouped by the status their kind is answered with. */
    static final List<String> REFUSALS = List.of(
            "validation-failed",                                                     // 400
            "unauthenticated", "invalid-credentials", "account-disabled",            // 401
            "payment-declined",                                                      // 402
            "manager-only", "desk-not-registered", "desk-revoked", "reception-only", // 403
            "not-found",                                                             // 404
            "sold-out", "cancellation-refused", "illegal-transition",                // 409
            "request-in-progress", "concurrent-change", "staff-account-exists", "last-manager",
            "rebuild-running", "sync-sequence-gap", "sync-sequence-reused", "sync-feed-reset",
            "room-taken", "room-required", "room-out-of-order", "room-upgrade-not-requested", "room-stay-over",
            "room-number-taken", "room-in-use", "rooms-needed", "room-needed-by-its-type", "stay-change-refused",
            "idempotency-key-reused",                                                // 422
            "too-many-login-attempts", "sync-busy", "too-many-orders",               // 429 (sync-busy: 503 too)
            "payment-unavailable", "service-unavailable");                           // 503

    /** Something unexpected failed on the server's side (500). */
    static final String INTERNAL_ERROR = "internal-error";

    /** A body over the size limit (413), refused by {@link RequestSizeLimitFilter}. */
    static final String PAYLOAD_TOO_LARGE = "payload-too-large";

    /** The slugs of Spring MVC's own refusals, by status; any other status is {@code http-<status>}. */
    static final Map<Integer, String> EDGE = Map.of(404, "not-found", 405, "method-not-allowed",
            406, "not-acceptable", 415, "unsupported-media-type", 400, "bad-request", 413, PAYLOAD_TOO_LARGE);

    private ProblemTypes() {
    }

    public static URI uri(String slug) {
        return URI.create("urn:gotohotel:problem:" + slug);
    }

    /** The type of an error answered with this status and no type of its own ({@code http-<status>} if unlisted). */
    static URI forStatus(HttpStatusCode status) {
        return uri(EDGE.getOrDefault(status.value(), "http-" + status.value()));
    }
}
