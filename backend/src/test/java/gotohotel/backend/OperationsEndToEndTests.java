package gotohotel.backend;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.EndToEndTest;
import org.junit.jupiter.api.Test;

/** Probes, metrics and the API description that operations rely on. */
class OperationsEndToEndTests extends EndToEndTest {

    @Test
    void livenessAndReadinessAreUp() {
        assertThat(api.get("/actuator/health/liveness", null).body().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness", null).body().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusOnTheManagementPortExposesTheCircuitBreakerAndRequestTimings() {
        api.post("/api/orders", request("STANDARD"), null);

        var metrics = management.get("/actuator/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("resilience4j_circuitbreaker_state", "http_server_requests_seconds");
    }

    @Test
    void metricsTheFullHealthAndTheSwaggerUiAreNotOnThePublicPort() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/info", "/actuator",
                "/swagger-ui.html", "/swagger-ui/index.html", "/actuator/swagger-ui"}) {
            assertThat(api.get(path, null).status()).as(path).isEqualTo(404);
        }
        assertThat(management.get("/actuator/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(management.get("/actuator/health", null).body().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theApiIsDescribedAsOpenApi() {
        var docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/orders")).isTrue();
        assertThat(docs.body().get("paths").has("/api/mypages/{orderId}")).isTrue();
    }

    @Test
    void unknownPathsAreProblemsToo() {
        var missing = api.get("/api/nothing-here", null);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }
}
