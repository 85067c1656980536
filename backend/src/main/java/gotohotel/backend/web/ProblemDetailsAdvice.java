package gotohotel.backend.web;

import java.time.Duration;
import org.apache.kafka.common.KafkaException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import gotohotel.backend.domain.ContradictoryRequestException;
import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.NotAuthenticatedException;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.domain.NotPermittedException;
import gotohotel.backend.domain.PaymentRefusedException;
import gotohotel.backend.domain.RefusalException;
import gotohotel.backend.domain.TemporarilyUnavailableException;
import gotohotel.backend.domain.ThrottledException;
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

/**
 * Every error leaves the API as RFC 9457 {@code application/problem+json}. A refusal's kind decides its status here
 * ({@link #STATUS_OF_KIND}, the one place); the refusal itself names its problem type, title, detail and facts.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** The status each kind of refusal is answered with; every kind {@link RefusalException} permits is here. */
    static final Map<Class<? extends RefusalException>, HttpStatus> STATUS_OF_KIND = Map.of(
            InvalidInputException.class, HttpStatus.BAD_REQUEST,
            NotAuthenticatedException.class, HttpStatus.UNAUTHORIZED,
            PaymentRefusedException.class, HttpStatus.PAYMENT_REQUIRED,
            NotPermittedException.class, HttpStatus.FORBIDDEN,
            NotFoundException.class, HttpStatus.NOT_FOUND,
            DomainRuleException.class, HttpStatus.CONFLICT,
            ContradictoryRequestException.class, HttpStatus.UNPROCESSABLE_CONTENT,
            ThrottledException.class, HttpStatus.TOO_MANY_REQUESTS,
            TemporarilyUnavailableException.class, HttpStatus.SERVICE_UNAVAILABLE);

    /** Staff tokens are the only credentials a request is refused for with 401 (guests' tokens are 404). */
    private static final String STAFF_CHALLENGE = "Bearer realm=\"gotohotel-staff\"";

    @ExceptionHandler(RefusalException.class)
    ResponseEntity<ProblemDetail> refused(RefusalException e) {
        var status = statusOf(e);
        var problem = problem(status, e.type(), e.title(), e.getMessage());
        e.facts().forEach(problem::setProperty);
        var response = ResponseEntity.status(status);
        e.retryAfter().ifPresent(wait ->
                response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds()))));
        if (e instanceof NotAuthenticatedException) {   // RFC 9110: a 401 names how to authenticate
            response.header(HttpHeaders.WWW_AUTHENTICATE, STAFF_CHALLENGE);
        }
        return response.body(problem);
    }

    static HttpStatus statusOf(RefusalException e) {
        for (Class<?> kind = e.getClass(); kind != RefusalException.class; kind = kind.getSuperclass()) {
            var status = STATUS_OF_KIND.get(kind);
            if (status != null) {
                return status;
            }
        }
        throw new IllegalStateException("No status for the refusal kind of " + e.getClass());
    }

    /** The database (or the broker, for a replay) is unreachable for the moment: ask the caller to retry. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, KafkaException.class})
    ResponseEntity<ProblemDetail> infrastructureDown(Exception e) {
        log.warn("Answering 503, a backing service is unavailable: {}", e.getClass().getSimpleName());
        return refused(new TemporarilyUnavailableException("service-unavailable", "Service unavailable",
                "A service GotoHotel depends on is unavailable for the moment; please retry shortly.",
                Duration.ofSeconds(5)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return refused(new InvalidInputException(e.getName(), "has an invalid value"));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return refused(new InvalidInputException(e.getHeaderName(), "header is required"));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ObjectOptimisticLockingFailureException e) {
        return refused(new DomainRuleException("concurrent-change", "Conflict",
                "The resource was changed concurrently; try again."));
    }

    /** A body cut off by {@link RequestSizeLimitFilter} while it was read (chunked, no Content-Length). */
    @ExceptionHandler(RequestSizeLimitFilter.BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestSizeLimitFilter.BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL_ERROR, "Internal error", "Something went wrong on our side."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, RequestSizeLimitFilter.BodyTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge());
        }
        DatabindException databind = null;
        for (Throwable cause = e; cause != null && databind == null; cause = cause.getCause()) {
            databind = cause instanceof DatabindException found && !found.getPath().isEmpty() ? found : null;
        }
        var error = databind != null
                ? new InvalidInputException(fieldPath(databind), "has an invalid value")
                : new InvalidInputException("body", "is not valid JSON");
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(refused(error).getBody());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var problem = body instanceof ProblemDetail detail ? detail
                : e instanceof ErrorResponse error ? error.getBody()
                : ProblemDetail.forStatus(status);
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(ProblemTypes.forStatus(status));
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

    private static ProblemDetail tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, RequestSizeLimitFilter.TITLE,
                RequestSizeLimitFilter.LIMITS);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.uri(type));
        problem.setTitle(title);
        return problem;
    }
}
