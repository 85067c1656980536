package gotohotel.backend.web;

import static gotohotel.backend.support.Bookings.APPROVED_CARD;
import static gotohotel.backend.support.Bookings.DECLINED_CARD;
import static gotohotel.backend.support.Bookings.freshStay;
import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api;
import gotohotel.backend.support.EndToEndTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contract (decision record 51): every answer of the guest, staff and desk flows below is checked against the
 * OpenAPI document the server publishes — a status, header, body field or problem type it does not declare fails the
 * test at that call. The document is also written to {@code target/openapi/api-docs.json} for {@code redocly lint}.
 */
class ApiContractEndToEndTests extends EndToEndTest {

    /** Where the document is written for {@code redocly lint} (.ci/run, backend/src/test/openapi). */
    static final Path WRITTEN = Path.of("target/openapi/api-docs.json");

    @LocalServerPort
    private int port;
    @Autowired
    private CircuitBreakerRegistry breakers;

    private ApiContract contract;
    /** The public port, every answer checked against the document. */
    private Api checked;

    @BeforeEach
    void readTheDocument() throws IOException {
        var docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        Files.createDirectories(WRITTEN.getParent());
        Files.writeString(WRITTEN, docs.text());
        contract = new ApiContract(docs.text());
        checked = new Api(port, exchange -> contract.check(exchange));
    }

    @Test
    void theDocumentNamesTheProductItsVersionAndEveryOperationsSecurity() {
        var docs = api.get("/v3/api-docs", null).body();

        assertThat(docs.get("openapi").asString()).startsWith("3.0");
        assertThat(docs.get("info").get("title").asString()).isEqualTo("GotoHotel API");
        assertThat(docs.get("info").get("version").asString()).isNotBlank().isNotEqualTo("v0");
        var tags = new java.util.HashSet<String>();
        docs.get("tags").forEach(tag -> tags.add(tag.get("name").asString()));
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            var op = operation.getValue();
            String name = operation.getKey() + " " + path.getKey();
            assertThat(op.has("summary")).as(name).isTrue();
            assertThat(op.has("security")).as(name).isTrue();
            assertThat(op.get("tags")).as(name + ": a path with a tag in ApiDocs.TAGS").hasSize(1)
                    .allSatisfy(tag -> assertThat(tags).contains(tag.asString()));
            op.get("responses").properties().forEach(response -> {
                if (response.getValue().has("content")) {
                    assertThat(response.getValue().get("content").propertyNames()).as(name)
                            .doesNotContain("*/*");
                }
            });
        }));
        var placing = docs.get("paths").get("/api/orders").get("post");
        assertThat(placing.get("responses").propertyNames())
                .contains("201", "400", "402", "409", "413", "422", "503");
        assertThat(placing.get("responses").get("503").get("headers").has("Retry-After")).isTrue();
        assertThat(docs.get("paths").get("/api/orders/{orderId}").get("get").get("security").toString())
                .contains("guestAccessToken");
        assertThat(docs.get("paths").get("/api/staff/accounts").get("get").get("responses").get("403").toString())
                .contains("urn:gotohotel:problem:manager-only");
    }

    @Test
    void aGuestBooksFollowsAndCancels() {
        assertThat(checked.get("/api/room-types", null).status()).isEqualTo(200);
        var stay = freshStay();
        assertThat(checked.get("/api/availability?checkIn=" + stay[0] + "&checkOut=" + stay[1] + "&guests=2", null)
                .status()).isEqualTo(200);

        var placed = checked.post("/api/orders", request("DELUXE", stay, APPROVED_CARD), null,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.status()).isEqualTo(201);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();

        assertThat(checked.get("/api/orders/" + orderId, token).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> checked.get("/api/mypages/" + orderId, token).status() == 200);
        assertThat(checked.post("/api/orders/" + orderId + "/cancel", null, token).status()).isEqualTo(200);
        assertThat(checked.post("/api/orders/" + orderId + "/cancel", null, token).status()).isEqualTo(409);
        assertThat(checked.get("/api/orders/" + orderId, "another order's token").status()).isEqualTo(404);
    }

    @Test
    void declinedSoldOutAndProviderDownAreDeclaredProblems() {
        assertThat(checked.post("/api/orders", request("STANDARD", freshStay(), DECLINED_CARD), null).status())
                .isEqualTo(402);

        var stay = freshStay();
        checked.post("/api/orders", request("SUITE", stay, APPROVED_CARD), null);
        checked.post("/api/orders", request("SUITE", stay, APPROVED_CARD), null);
        assertThat(checked.post("/api/orders", request("SUITE", stay, APPROVED_CARD), null).status()).isEqualTo(409);

        var breaker = breakers.circuitBreaker("payment-provider");
        breaker.transitionToForcedOpenState();
        try {
            var down = checked.post("/api/orders", request("STANDARD"), null);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.header("Retry-After")).isNotBlank();
        } finally {
            breaker.reset();
        }
    }

    @Test
    void badInputIsADeclaredProblem() {
        var missing = new LinkedHashMap<>(request("DELUXE"));
        missing.remove("guestName");
        assertThat(checked.post("/api/orders", missing, null).status()).isEqualTo(400);
        assertThat(checked.post("/api/orders", "{not json", null).status()).isEqualTo(400);
        assertThat(checked.get("/api/availability?checkIn=2026-13-01&checkOut=2026-12-02", null).status())
                .isEqualTo(400);
        assertThat(checked.get("/api/availability?checkOut=2026-12-02", null).status()).isEqualTo(400);
        assertThat(checked.post("/api/orders", Map.of("guestName", "x".repeat(70_000)), null).status())
                .isEqualTo(413);

        String key = UUID.randomUUID().toString();
        assertThat(checked.post("/api/orders", request("DELUXE"), null, Map.of("Idempotency-Key", key)).status())
                .isEqualTo(201);
        assertThat(checked.post("/api/orders", request("DELUXE"), null, Map.of("Idempotency-Key", key)).status())
                .isEqualTo(422);
    }

    @Test
    void staffAreAuthenticatedAndKeptToTheirRoles() {
        assertThat(checked.get("/api/staff/reservations", null).status()).isEqualTo(401);
        assertThat(checked.post("/api/staff/login", Map.of("username", "admin", "password", "a wrong guess"), null)
                .status()).isEqualTo(401);

        String receptionist = tokenOf(staffAccount("contract.reception", "Contract Reception", "RECEPTIONIST"),
                STAFF_PASSWORD);
        assertThat(checked.get("/api/staff/accounts", receptionist).status()).isEqualTo(403);
        String housekeeper = tokenOf(staffAccount("contract.housekeeping", "Contract Housekeeping", "HOUSEKEEPING"),
                STAFF_PASSWORD);
        assertThat(checked.get("/api/staff/reservations", housekeeper).status()).isEqualTo(403);

        var login = checked.post("/api/staff/login", Map.of("username", "contract.reception",
                "password", STAFF_PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(checked.post("/api/staff/logout", null, login.body().get("token").asString()).status())
                .isEqualTo(204);
    }

    @Test
    void receptionDecidesAReservationThroughItsLifecycle() {
        String staff = staffToken();
        String orderId = placeOrder();
        String reservationId = reservationOf(orderId);
        String base = "/api/staff/reservations/" + reservationId;

        var page = checked.get("/api/staff/reservations?size=1", staff);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Link")).contains("rel=\"next\"");
        assertThat(checked.post(base + "/check-in", null, staff).status()).isEqualTo(409);
        assertThat(checked.post(base + "/confirm", null, staff).status()).isEqualTo(200);
        assertThat(checked.post(base + "/check-in", null, staff).status()).isEqualTo(409);
        assertThat(checked.get(base + "/room-suggestions", staff).status()).isEqualTo(200);
        assignRoom(reservationId, staff);
        assertThat(checked.post(base + "/check-in", null, staff).status()).isEqualTo(200);
        assertThat(checked.post(base + "/check-out", null, staff).status()).isEqualTo(200);
        assertThat(checked.get("/api/sync/reservations/" + reservationId + "/history", staff).status())
                .isEqualTo(200);

        String rejected = reservationOf(placeOrder());
        assertThat(checked.post("/api/staff/reservations/" + rejected + "/reject", Map.of("reason", "Closed"), staff)
                .status()).isEqualTo(200);
        assertThat(checked.post("/api/staff/reservations/" + UUID.randomUUID() + "/confirm", null, staff).status())
                .isEqualTo(404);
    }

    @Test
    void managersSeeAccountsRoomsAuditsAndReports() {
        String manager = staffToken();
        assertThat(checked.get("/api/staff/accounts", manager).status()).isEqualTo(200);
        assertThat(checked.get("/api/staff/accounts/admin", manager).status()).isEqualTo(200);
        assertThat(checked.get("/api/staff/accounts/nobody-here", manager).status()).isEqualTo(404);
        assertThat(checked.post("/api/staff/accounts", Map.of("username", "admin", "displayName", "Again",
                "role", "MANAGER", "password", STAFF_PASSWORD), manager).status()).isEqualTo(409);
        assertThat(checked.get("/api/staff/rooms", manager).status()).isEqualTo(200);
        assertThat(checked.get("/api/staff/desks", manager).status()).isEqualTo(200);
        assertThat(checked.get("/api/staff/night-audit/runs", manager).status()).isEqualTo(200);
        assertThat(checked.get("/api/staff/night-audit/due-outs", manager).status()).isEqualTo(200);
        var stay = freshStay();
        assertThat(checked.get("/api/staff/reports/occupancy?from=" + stay[0] + "&to=" + stay[1], manager).status())
                .isEqualTo(200);
        assertThat(checked.get("/api/staff/reports/occupancy?from=" + stay[1] + "&to=" + stay[0], manager).status())
                .isEqualTo(400);
        assertThat(checked.get("/api/staff/mypages/rebuild", manager).status()).isIn(200, 404);
    }

    @Test
    void aDeskRegistersFollowsTheFeedAndSendsItsDecisions() {
        String staff = staffToken();
        String reservationId = reservationOf(placeOrder());

        var registered = checked.post("/api/sync/desks", Map.of("name", "Contract desk"), staff);
        assertThat(registered.status()).isEqualTo(201);
        String deskId = registered.body().get("deskId").asString();
        String secret = registered.body().get("secret").asString();
        assertThat(checked.get("/api/sync/changes?limit=5", staff).status()).isEqualTo(200);
        assertThat(checked.get("/api/sync/changes?since=not-a-cursor", staff).status()).isIn(400, 409);
        assertThat(checked.get("/api/sync/changes", null).status()).isEqualTo(401);
        assertThat(checked.get("/api/sync/staff", staff).status()).isEqualTo(200);

        var confirm = command(1, reservationId);
        var applied = checked.post("/api/sync/commands", Map.of("clientId", deskId, "commands", List.of(confirm)),
                staff, Map.of("Desk-Secret", secret));
        assertThat(applied.status()).isEqualTo(200);
        var gap = checked.post("/api/sync/commands", Map.of("clientId", deskId,
                "commands", List.of(command(5, reservationId))), staff, Map.of("Desk-Secret", secret));
        assertThat(gap.status()).isEqualTo(409);
        assertThat(checked.post("/api/sync/commands", Map.of("clientId", deskId, "commands", List.of(confirm)),
                staff, Map.of("Desk-Secret", "not the secret")).status()).isEqualTo(403);
    }

    @Test
    void theOperationsProbesAreDescribed() {
        assertThat(checked.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(checked.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    /** The checker is strict: each kind of answer the document does not declare is named. */
    @Test
    void anAnswerTheDocumentDoesNotDeclareFailsTheCheck() {
        var roomTypes = checked.get("/api/room-types", null);

        assertThat(contract.violations(answer("GET", "/api/room-types", 418, Map.of(
                "Content-Type", "application/json"), roomTypes.text()))).isNotEmpty();
        assertThat(contract.violations(answer("GET", "/api/room-types", 200, Map.of(
                "Content-Type", "application/json"), roomTypes.text().replaceFirst("\\{", "{\"secret\":1,"))))
                .anySatisfy(violation -> assertThat(violation).contains("secret"));
        assertThat(contract.violations(answer("GET", "/api/room-types", 200, Map.of(
                "Content-Type", "application/json", "X-Debug", "on"), roomTypes.text())))
                .anySatisfy(violation -> assertThat(violation).contains("x-debug"));
        assertThat(contract.violations(answer("GET", "/api/room-types", 200, Map.of(
                "Content-Type", "*/*"), roomTypes.text()))).isNotEmpty();
        assertThat(contract.violations(answer("POST", "/api/orders", 409, Map.of(
                "Content-Type", "application/problem+json"), "{\"type\":\"urn:gotohotel:problem:room-taken\","
                + "\"title\":\"Room taken\",\"status\":409,\"detail\":\"Taken.\"}"))).isNotEmpty();
        assertThat(contract.violations(answer("POST", "/api/orders", 409, Map.of(
                "Content-Type", "application/problem+json"), "{\"type\":\"urn:gotohotel:problem:sold-out\","
                + "\"title\":\"Sold out\",\"status\":409,\"detail\":\"Sold out.\"}"))).isEmpty();
        assertThat(contract.violations(answer("GET", "/api/nowhere", 200, Map.of(
                "Content-Type", "application/json"), "[]"))).isNotEmpty();
    }

    private static Api.Exchange answer(String method, String path, int status, Map<String, String> headers,
                                       String body) {
        var multi = new LinkedHashMap<String, List<String>>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new Api.Exchange(method, path, Map.of(), null, new Api.Response(status, multi, body, null));
    }

    private static Map<String, Object> command(long seq, String reservationId) {
        var command = new LinkedHashMap<String, Object>();
        command.put("commandId", UUID.randomUUID());
        command.put("seq", seq);
        command.put("type", "CONFIRM");
        command.put("reservationId", reservationId);
        command.put("expectedVersion", 0);
        command.put("issuedAt", Instant.now().toString());
        command.put("staff", "admin");
        return command;
    }
}
