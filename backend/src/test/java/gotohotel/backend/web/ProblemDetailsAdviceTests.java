package gotohotel.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The one table: each kind of refusal answered with its status, and nothing of the refusal lost on the way. */
class ProblemDetailsAdviceTests {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void everyKindOfRefusalHasItsStatus() {
        Set<Class<?>> kinds = Set.copyOf(ProblemDetailsAdvice.STATUS_OF_KIND.keySet());

        assertThat(kinds).containsExactlyInAnyOrder(RefusalException.class.getPermittedSubclasses());
    }

    static Stream<Arguments> oneRefusalOfEachKind() {
        return Stream.of(
                Arguments.of(new InvalidInputException("limit", "must be between 1 and 1000"), 400,
                        "validation-failed", "Invalid request", "The request has invalid fields.",
                        Map.of("errors", List.of(new InvalidInputException.Violation("limit",
                                "must be between 1 and 1000"))), null),
                Arguments.of(new NotAuthenticatedException("unauthenticated", "Staff login required",
                        "A valid staff bearer token is required."), 401, "unauthenticated", "Staff login required",
                        "A valid staff bearer token is required.", Map.of(), null),
                Arguments.of(new PaymentRefusedException("payment-declined", "Payment declined", "Declined."), 402,
                        "payment-declined", "Payment declined", "Declined.", Map.of(), null),
                Arguments.of(new NotPermittedException("manager-only", "Managers only", "Only a manager."), 403,
                        "manager-only", "Managers only", "Only a manager.", Map.of(), null),
                Arguments.of(new NotFoundException("Order 42"), 404, "not-found", "Not found",
                        "Order 42 was not found.", Map.of(), null),
                Arguments.of(new DomainRuleException("sold-out", "Sold out", "No room."), 409, "sold-out",
                        "Sold out", "No room.", Map.of(), null),
                Arguments.of(new ContradictoryRequestException("idempotency-key-reused", "Idempotency-Key reused",
                        "Used for a different request."), 422, "idempotency-key-reused", "Idempotency-Key reused",
                        "Used for a different request.", Map.of(), null),
                Arguments.of(new ThrottledException("too-many-login-attempts", "Too many login attempts",
                        "Try again in 30 seconds.", Duration.ofSeconds(30)), 429, "too-many-login-attempts",
                        "Too many login attempts", "Try again in 30 seconds.", Map.of(), "30"),
                Arguments.of(new TemporarilyUnavailableException("payment-unavailable",
                        "Payment temporarily unavailable", "Down.", Duration.ofMillis(200)), 503,
                        "payment-unavailable", "Payment temporarily unavailable", "Down.", Map.of(), "1"));
    }

    @ParameterizedTest
    @MethodSource("oneRefusalOfEachKind")
    void answersEachKindWithItsStatusAndTheRefusalsOwnWords(RefusalException refusal, int status, String type,
            String title, String detail, Map<String, Object> properties, String retryAfter) {
        var answer = advice.refused(refusal);

        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertProblem(answer.getBody(), status, type, title, detail);
        assertThat(answer.getBody().getProperties() == null ? Map.of() : answer.getBody().getProperties())
                .isEqualTo(properties);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(retryAfter);
    }

    @Test
    void aKindsSubclassIsAnsweredAsItsKind() {
        var refusal = new DomainRuleException("sync-sequence-gap", "Commands out of sequence", "Gap.") {
            {
                fact("lastSeq", 7L);
            }
        };

        var answer = advice.refused(refusal);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().getProperties()).containsExactly(Map.entry("lastSeq", 7L));
    }

    @Test
    void theEdgesOwnAnswersCarryTheirListedTypes() {
        assertProblem(advice.unexpected(new IllegalStateException("boom")).getBody(), 500, "internal-error",
                "Internal error", "Something went wrong on our side.");
        assertProblem(advice.tooLarge(new RequestSizeLimitFilter.BodyTooLargeException(10)).getBody(), 413,
                "payload-too-large", "Payload too large", RequestSizeLimitFilter.LIMITS);
        var unavailable = advice.infrastructureDown(new org.apache.kafka.common.KafkaException("down"));
        assertProblem(unavailable.getBody(), 503, "service-unavailable", "Service unavailable",
                "A service GotoHotel depends on is unavailable for the moment; please retry shortly.");
        assertThat(unavailable.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    }

    @Test
    void springsOwnRefusalsGetTheTypeListedForTheirStatus() {
        ProblemTypes.EDGE.forEach((status, slug) -> {
            var answer = advice.handleExceptionInternal(new IllegalStateException(), null, new HttpHeaders(),
                    HttpStatus.valueOf(status), null);
            assertThat(((ProblemDetail) answer.getBody()).getType()).isEqualTo(ProblemTypes.uri(slug));
        });
        var unlisted = advice.handleExceptionInternal(new IllegalStateException(), null, new HttpHeaders(),
                HttpStatus.GATEWAY_TIMEOUT, null);
        assertThat(((ProblemDetail) unlisted.getBody()).getType()).isEqualTo(ProblemTypes.uri("http-504"));
    }

    private static void assertProblem(ProblemDetail problem, int status, String type, String title, String detail) {
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:gotohotel:problem:" + type));
        assertThat(problem.getTitle()).isEqualTo(title);
        assertThat(problem.getDetail()).isEqualTo(detail);
    }
}
