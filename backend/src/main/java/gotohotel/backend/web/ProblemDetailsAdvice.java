package gotohotel.backend.web;

import java.time.Duration;
import org.apache.kafka.common.KafkaException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.PaymentRefusedException;
import gotohotel.backend.domain.TemporarilyUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/** Every error leaves the API as RFC 9457 {@code application/problem+json}. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.title());
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty("errors", e.fieldErrors());
        }
        var response = ResponseEntity.status(e.status());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response.body(problem);
    }

    /** A domain rule refused the request in the current state: 409 with the rule's own type and detail. */
    @ExceptionHandler(DomainRuleException.class)
    ResponseEntity<ProblemDetail> refused(DomainRuleException e) {
        return api(new ApiException(HttpStatus.CONFLICT, e.type(), e.title(), e.getMessage()));
    }

    @ExceptionHandler(PaymentRefusedException.class)
    ResponseEntity<ProblemDetail> paymentRefused(PaymentRefusedException e) {
        return api(new ApiException(HttpStatus.PAYMENT_REQUIRED, e.type(), "Payment declined", e.getMessage()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return api(ApiException.invalid(e.violations().stream()
                .map(violation -> new ApiException.FieldError(violation.field(), violation.message())).toList()));
    }

    @ExceptionHandler(TemporarilyUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(TemporarilyUnavailableException e) {
        return api(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, e.type(), e.title(), e.getMessage(), List.of(),
                e.retryAfter()));
    }

    /** The database (or the broker, for a replay) is unreachable for the moment: ask the caller to retry. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, KafkaException.class})
    ResponseEntity<ProblemDetail> infrastructureDown(Exception e) {
        log.warn("Answering 503, a backing service is unavailable: {}", e.getClass().getSimpleName());
        return api(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                "A service GotoHotel depends on is unavailable for the moment; please retry shortly.", List.of(),
                Duration.ofSeconds(5)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return api(ApiException.invalid(e.getName(), "has an invalid value"));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return api(ApiException.invalid(e.getHeaderName(), "header is required"));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ObjectOptimisticLockingFailureException e) {
        return api(ApiException.conflict("concurrent-change", "The resource was changed concurrently; try again."));
    }

    /** A body cut off by {@link RequestSizeLimitFilter} while it was read (chunked, no Content-Length). */
    @ExceptionHandler(RequestSizeLimitFilter.BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestSizeLimitFilter.BodyTooLargeException e) {
        return api(RequestSizeLimitFilter.tooLarge());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return api(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, RequestSizeLimitFilter.BodyTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(api(RequestSizeLimitFilter.tooLarge()).getBody());
        }
        DatabindException databind = null;
        for (Throwable cause = e; cause != null && databind == null; cause = cause.getCause()) {
            databind = cause instanceof DatabindException found && !found.getPath().isEmpty() ? found : null;
        }
        var error = databind != null
                ? new ApiException.FieldError(fieldPath(databind), "has an invalid value")
                : new ApiException.FieldError("body", "is not valid JSON");
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(api(ApiException.invalid(List.of(error))).getBody());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var problem = body instanceof ProblemDetail detail ? detail
                : e instanceof ErrorResponse error ? error.getBody()
                : ProblemDetail.forStatus(status);
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(ProblemTypes.uri(slug(status)));
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String fieldPath(DatabindException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String slug(HttpStatusCode status) {
        var known = Map.of(404, "not-found", 405, "method-not-allowed", 406, "not-acceptable",
                415, "unsupported-media-type", 400, "bad-request", 413, "payload-too-large");
        return known.getOrDefault(status.value(), "http-" + status.value());
    }
}
