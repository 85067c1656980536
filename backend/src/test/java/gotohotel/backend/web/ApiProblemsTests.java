package gotohotel.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API document describes every problem type the server answers with, and only those. */
class ApiProblemsTests {

    @Test
    void everyProblemTypeTheServerAnswersWithIsDescribed() {
        var answered = new ArrayList<>(ProblemTypes.REFUSALS);
        answered.addAll(ProblemTypes.EDGE.values());
        answered.addAll(List.of(ProblemTypes.INTERNAL_ERROR, ProblemTypes.PAYLOAD_TOO_LARGE));

        assertThat(ApiProblems.KINDS.keySet()).containsAll(answered);
        assertThat(answered).containsAll(ApiProblems.KINDS.keySet());
    }

    @Test
    void eachStatusIsOneResponseListingItsTypesWithAnExampleEach() {
        var operation = new Operation();

        ApiProblems.add(operation, "sold-out", "payment-declined", "request-in-progress", "sold-out");

        assertThat(operation.getResponses()).containsOnlyKeys("402", "409");
        var conflict = operation.getResponses().get("409").getContent().get("application/problem+json");
        assertThat(conflict.getSchema().getOneOf()).hasSize(2);
        assertThat(conflict.getExamples()).containsOnlyKeys("sold-out", "request-in-progress");
        assertThat(operation.getResponses().get("409").getDescription())
                .contains("urn:gotohotel:problem:sold-out", "urn:gotohotel:problem:request-in-progress");
        assertThat(operation.getResponses().get("402").getContent().get("application/problem+json").getSchema()
                .get$ref()).isEqualTo("#/components/schemas/Problem-payment-declined");
    }

    @Test
    void unavailableAndThrottledAnswersCarryRetryAfterAndUnauthenticatedOnesAChallenge() {
        var operation = new Operation();

        ApiProblems.add(operation, "payment-unavailable", "too-many-login-attempts", "invalid-credentials");

        assertThat(operation.getResponses().get("503").getHeaders()).containsKey("Retry-After");
        assertThat(operation.getResponses().get("429").getHeaders()).containsKey("Retry-After");
        assertThat(operation.getResponses().get("401").getHeaders()).containsKey("WWW-Authenticate");
    }

    @Test
    void aTypeNobodyDescribedIsRefused() {
        assertThatThrownBy(() -> ApiProblems.add(new Operation(), "made-up")).hasMessageContaining("made-up");
    }

    @Test
    void aTypesSchemaAllowsOnlyItsOwnFacts() {
        var gap = ApiProblems.schema("sync-sequence-gap");

        assertThat(gap.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "instance", "lastSeq");
        assertThat(gap.getAdditionalProperties()).isEqualTo(false);
        assertThat(gap.getProperties().get("type").getEnum()).containsExactly("urn:gotohotel:problem:sync-sequence-gap");
    }
}
