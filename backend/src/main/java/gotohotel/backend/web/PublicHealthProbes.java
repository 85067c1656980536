package gotohotel.backend.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The liveness and readiness probes on the public port. Actuator itself (metrics, Swagger UI, full
 * health) listens on the management port, bound to 127.0.0.1 by default; load balancers and
 * orchestrators still probe the public port, so these two answer there too, with the status only.
 */
@RestController
class PublicHealthProbes {

    private final HealthEndpoint health;
    private final HttpCodeStatusMapper statusCodes;

    PublicHealthProbes(HealthEndpoint health, ObjectProvider<HttpCodeStatusMapper> statusCodes) {
        this.health = health;
        this.statusCodes = statusCodes.getIfAvailable(() -> HttpCodeStatusMapper.DEFAULT);
    }

    @GetMapping(path = "/actuator/health/{probe:liveness|readiness}",
            produces = "application/vnd.spring-boot.actuator.v3+json")
    @Operation(operationId = "probe", summary = "Liveness or readiness: UP (200) or not (503)")
    @ApiResponse(responseCode = "200", description = "UP", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "503", description = "DOWN or OUT_OF_SERVICE", useReturnTypeSchema = true)
    ResponseEntity<Map<String, String>> probe(@PathVariable String probe) {
        var descriptor = health.healthForPath(probe);
        Status status = descriptor == null ? Status.UNKNOWN : descriptor.getStatus();
        return ResponseEntity.status(statusCodes.getStatusCode(status)).body(Map.of("status", status.getCode()));
    }
}
