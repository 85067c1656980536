package gotohotel.backend.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document ({@code /v3/api-docs}, OpenAPI 3.0): the product and its version, the three credentials,
 * the {@code Problem} schema and the headers the API answers with, the error responses every operation of a kind
 * shares (an operation adds its own with {@link Refuses}; the staff context adds its guards'), tags by path, and body
 * schemas that say exactly what the server writes ({@link StrictSchemas}). Decision record 51.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    /** The order's access token, answered once when the order is placed. */
    public static final String GUEST_TOKEN = "guestAccessToken";
    /** A staff session's token, from {@code POST /api/staff/login}. */
    public static final String STAFF_TOKEN = "staffToken";
    /** A registered desk's secret, in the {@code Desk-Secret} header. */
    public static final String DESK_SECRET = "deskSecret";

    /** Tags by path prefix, first match wins. */
    private static final List<Map.Entry<String, String>> TAGS = List.of(
            Map.entry("/api/room-types", "Guests"), Map.entry("/api/availability", "Guests"),
            Map.entry("/api/orders", "Guests"), Map.entry("/api/mypages", "Guests"),
            Map.entry("/api/staff/login", "Staff"), Map.entry("/api/staff/logout", "Staff"),
            Map.entry("/api/staff/me", "Staff"), Map.entry("/api/staff/accounts", "Staff"),
            Map.entry("/api/staff/reservations", "Reception"), Map.entry("/api/staff/bookings", "Reception"),
            Map.entry("/api/staff/rooms", "Rooms"),
            Map.entry("/api/sync", "Front desk sync"), Map.entry("/api/staff/desks", "Front desk sync"),
            Map.entry("/api/staff", "Management"), Map.entry("/actuator", "Operations"));

    @Bean
    OpenAPI gotohotelOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info().title("GotoHotel API").version(version).description("""
                        The hotel booking system's HTTP API: guests book, pay, follow and cancel a stay; staff and \
                        their front desks confirm, assign rooms, check guests in and out and sync offline work.

                        Every error is RFC 9457 `application/problem+json` with a stable `type` \
                        (`urn:gotohotel:problem:…`, listed on each response with its meaning), a `title`, a `detail`, \
                        and for invalid input `errors: [{field, message}]`. Besides the statuses listed, any \
                        operation may answer 405 (`method-not-allowed`) or 406 (`not-acceptable`) to a request of \
                        another method or one that accepts no JSON."""))
                .components(new Components()
                        .addSecuritySchemes(GUEST_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("The order's access token, answered once by "
                                        + "`POST /api/orders` (an HMAC of the order id). Another order's token is "
                                        + "answered 404, as an unknown order."))
                        .addSecuritySchemes(STAFF_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A staff session's token from `POST /api/staff/login`,"
                                        + " valid until its `expiresAt`, a logout, or its account's disabling."))
                        .addSecuritySchemes(DESK_SECRET, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("Desk-Secret").description("The secret "
                                        + "`POST /api/sync/desks` answered once to the registered desk."))
                        .addHeaders(ApiProblems.RETRY_AFTER, new Header().required(true)
                                .description("Seconds to wait before asking again.")
                                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE).example(5)))
                        .addHeaders(ApiProblems.WWW_AUTHENTICATE, new Header().required(true)
                                .description("How to authenticate (RFC 9110).")
                                .schema(new StringSchema().example("Bearer realm=\"gotohotel-staff\""))))
                .tags(List.of(
                        new Tag().name("Guests").description("Room types, availability, booking and paying, the "
                                + "order and my page with the order's access token, changing and cancelling a stay."),
                        new Tag().name("Staff").description("Signing in and out, passwords, staff accounts."),
                        new Tag().name("Reception").description("Reservations: the listing, confirm, reject, "
                                + "check in and out, rooms for a stay, stay changes, bookings made at the desk."),
                        new Tag().name("Rooms").description("The numbered rooms, housekeeping, out-of-order dates."),
                        new Tag().name("Front desk sync").description("Desks: registration, the changes feed, "
                                + "batches of decisions taken on a desk, a reservation's history."),
                        new Tag().name("Management").description("Night audit, reports, my page rebuild, dead "
                                + "letters: managers only."),
                        new Tag().name("Operations").description("Health probes for load balancers and "
                                + "orchestrators.")));
    }

    /**
     * The error responses an operation shares with every other of its kind, and those it names with {@link Refuses}.
     * The {@code Authorization} header is the security requirement's, not a parameter.
     */
    @Bean
    OperationCustomizer sharedProblems() {
        return (operation, handler) -> {
            if (handler.getBeanType() == PublicHealthProbes.class) {
                return operation;   // a probe answers its health's status with the health, never a problem
            }
            boolean body = false;
            boolean parameters = false;
            boolean required = false;
            for (var parameter : handler.getMethodParameters()) {
                body |= parameter.hasParameterAnnotation(RequestBody.class);
                var query = parameter.getParameterAnnotation(RequestParam.class);
                var header = parameter.getParameterAnnotation(RequestHeader.class);
                if (header != null && HttpHeaders.AUTHORIZATION.equalsIgnoreCase(
                        header.name().isEmpty() ? header.value() : header.name())) {
                    continue;
                }
                parameters |= query != null || header != null || parameter.hasParameterAnnotation(PathVariable.class);
                required |= query != null && query.required() && ValueConstants.DEFAULT_NONE.equals(query.defaultValue())
                        || header != null && header.required();
            }
            if (body) {
                ApiProblems.add(operation, "validation-failed", "payload-too-large", "unsupported-media-type");
            }
            if (parameters) {
                ApiProblems.add(operation, "validation-failed");
            }
            if (required) {
                ApiProblems.add(operation, "bad-request");
            }
            var refuses = handler.getMethodAnnotation(Refuses.class);
            if (refuses != null) {
                ApiProblems.add(operation, refuses.value());
            }
            ApiProblems.add(operation, "internal-error", "service-unavailable");
            if (operation.getParameters() != null) {
                operation.getParameters().removeIf(parameter -> "header".equals(parameter.getIn())
                        && HttpHeaders.AUTHORIZATION.equalsIgnoreCase(parameter.getName()));
                if (operation.getParameters().isEmpty()) {
                    operation.setParameters(null);
                }
            }
            return operation;
        };
    }

    /**
     * Tags by path, no security where no credential is asked for, the examples of {@code openapi/examples.json} (by
     * operation id: the request body's and the answers' by status), the problem types' schemas and strict body
     * schemas.
     */
    @Bean
    OpenApiCustomizer finishedDocument() {
        return openApi -> {   // once, when the document is first asked for (springdoc keeps it)
            var examples = examples();
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                tagOf(path).ifPresent(tag -> operation.setTags(List.of(tag)));   // else springdoc's (a test fails)
                if (operation.getSecurity() == null) {
                    operation.setSecurity(List.of());
                }
                var mine = examples.get(operation.getOperationId());
                if (mine != null) {
                    mine.forEach((part, example) -> exampleOf(operation, part).ifPresent(media -> media.setExample(
                            example)));
                }
            }));
            ApiProblems.schemas(ApiProblems.referredTo(openApi)).forEach(openApi.getComponents()::addSchemas);
            StrictSchemas.ofRecordsIn("gotohotel").apply(openApi);
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> examples() {
        try (var in = ApiDocs.class.getResourceAsStream("/openapi/examples.json")) {
            return io.swagger.v3.core.util.Json.mapper().readValue(in, Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("openapi/examples.json", e);
        }
    }

    /** The JSON media type of the operation's request body ({@code request}) or of its answer with that status. */
    private static java.util.Optional<io.swagger.v3.oas.models.media.MediaType> exampleOf(Operation operation,
                                                                                         String part) {
        var content = "request".equals(part)
                ? (operation.getRequestBody() == null ? null : operation.getRequestBody().getContent())
                : (operation.getResponses().get(part) == null ? null : operation.getResponses().get(part).getContent());
        var media = content == null ? null : content.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        if (media == null) {
            throw new IllegalStateException("openapi/examples.json: " + operation.getOperationId() + " has no JSON "
                    + part);
        }
        return java.util.Optional.of(media);
    }

    private static java.util.Optional<String> tagOf(String path) {
        return TAGS.stream().filter(tag -> path.startsWith(tag.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /** For a context's own customizer: the operation needs this credential too (with any it needs already). */
    public static void alsoRequires(Operation operation, String scheme) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(new java.util.ArrayList<>(List.of(
                    new io.swagger.v3.oas.models.security.SecurityRequirement())));
        }
        operation.getSecurity().forEach(requirement -> requirement.addList(scheme));
    }

    /** The path templates a handler is mapped to (its class's and its method's {@code @RequestMapping} paths). */
    public static List<String> pathsOf(HandlerMethod handler) {
        var type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        var method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        String[] prefixes = type == null || type.path().length == 0 ? new String[] {""} : type.path();
        String[] suffixes = method == null || method.path().length == 0 ? new String[] {""} : method.path();
        var paths = new java.util.ArrayList<String>();
        for (String prefix : prefixes) {
            for (String suffix : suffixes) {
                paths.add(prefix + suffix);
            }
        }
        return paths;
    }
}
