package gotohotel.backend.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the API reports as RFC 9457 problem details: a stable {@code type}, a title, the HTTP
 * status and optionally field errors or a {@code Retry-After}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldError> fieldErrors;
    private final Duration retryAfter;

    public ApiException(HttpStatus status, String type, String title, String detail) {
        this(status, type, title, detail, List.of(), null);
    }

    public ApiException(HttpStatus status, String type, String title, String detail, List<FieldError> fieldErrors,
                        Duration retryAfter) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                "The request has invalid fields.", errors, null);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " was not found.");
    }

    public static ApiException conflict(String type, String detail) {
        return new ApiException(HttpStatus.CONFLICT, type, "Conflict", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return ProblemTypes.uri(type);
    }

    public String title() {
        return title;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** One invalid field of a request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
