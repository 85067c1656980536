package gotohotel.backend.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;

/**
 * Every problem type of {@link ProblemTypes} as the OpenAPI document describes it: the statuses it comes with, its
 * title and what it means. {@link #add} turns the types an operation can answer with into its error responses — one
 * per status, {@code application/problem+json}, {@code oneOf} the types' schemas ({@link #schema}), an example per
 * type, and {@code Retry-After} or {@code WWW-Authenticate} where the server sends them.
 */
public final class ApiProblems {

    /** The component names the responses refer to (defined by {@link ApiDocs}). */
    static final String FIELD_ERROR = "FieldError";
    static final String BOOKING_IN_THE_WAY = "BookingInTheWay";
    static final String RETRY_AFTER = "Retry-After";
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    /** A problem type in the document: the statuses it is answered with, its title and a sentence on its meaning. */
    record Kind(List<Integer> statuses, String title, String meaning) {
    }

    /** By slug; every slug {@link ProblemTypes} lists has an entry (ApiProblemsTests). */
    static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        kind("validation-failed", 400, "Invalid request",
                "A field, parameter or header is invalid; `errors` names each one with what is wrong.");
        kind("bad-request", 400, "Bad Request", "A required parameter or header is missing, or the request is malformed.");
        kind("unauthenticated", 401, "Staff login required",
                "No valid staff bearer token: missing, expired, logged out, or its account was disabled.");
        kind("invalid-credentials", 401, "Invalid credentials", "The username or the password is wrong.");
        kind("account-disabled", 401, "Account disabled", "The account exists but a manager disabled it.");
        kind("payment-declined", 402, "Payment declined",
                "The card was refused (declined or insufficient funds); nothing was charged and nothing is held.");
        kind("manager-only", 403, "Managers only", "Only a manager may do this.");
        kind("reception-only", 403, "Reception only",
                "Housekeeping accounts do not see or decide bookings; a receptionist or a manager does.");
        kind("desk-not-registered", 403, "Desk not registered",
                "The batch's `clientId` is not a registered desk, or its `Desk-Secret` is wrong.");
        kind("desk-revoked", 403, "Desk revoked", "A manager revoked this desk; its commands are refused.");
        kind("not-found", 404, "Not found",
                "No such resource — for a guest's order or my page also a token that is not this order's.");
        kind("sold-out", 409, "Sold out", "No room of the type is free on one of the nights asked for.");
        kind("cancellation-refused", 409, "Cancellation not possible",
                "After check-in, after a rejection, a second time, or from the check-out date.");
        kind("illegal-transition", 409, "Illegal status transition",
                "The step is not allowed from the current status, which the detail names.");
        kind("request-in-progress", 409, "Conflict",
                "The same Idempotency-Key is still being worked on; ask again in a moment.");
        kind("concurrent-change", 409, "Conflict",
                "Someone changed the resource meanwhile (or `expectedVersion` is stale); read it again and retry.");
        kind("staff-account-exists", 409, "Account exists", "There is an account with this username already.");
        kind("last-manager", 409, "The last manager", "The last enabled manager cannot be disabled or demoted.");
        kind("rebuild-running", 409, "Conflict", "A my page rebuild is running already; the detail names it.");
        kind("sync-sequence-gap", 409, "Commands out of sequence",
                "A command's `seq` leaves a gap after the desk's `lastSeq`; nothing past it was applied.");
        kind("sync-sequence-reused", 409, "Sequence number already used",
                "A new command id came with a `seq` this desk used before; nothing was applied.");
        kind("sync-feed-reset", 409, "Not in this server's changes feed",
                "The cursor is not in this server's feed (a restored database): download again without `since`.");
        kind("room-taken", 409, "Room taken", "The room holds another stay on a night; `room` and `night` name it.");
        kind("room-required", 409, "Room required", "Assign a room before checking the guest in.");
        kind("room-out-of-order", 409, "Room out of order", "The room is out of order on a night of the stay.");
        kind("room-upgrade-not-requested", 409, "Another room type",
                "The room is of another type; send `upgrade: true` to give it.");
        kind("room-stay-over", 409, "No nights left", "The stay has no nights ahead to give a room for.");
        kind("room-number-taken", 409, "Room number taken", "Another room has this number.");
        kind("room-in-use", 409, "Room in use", "The room holds a stay not over, or is out of order.");
        kind("rooms-needed", 409, "Rooms needed",
                "The type's bookings need every room left on some nights; `nights` and `bookings` name them.");
        kind("room-needed-by-its-type", 409, "Room needed by its type's bookings",
                "An upgrade would take a room its own type's bookings need.");
        kind("stay-change-refused", 409, "Stay change not possible",
                "The stay cannot be changed so (checked out, cancelled, nights added and dropped at once, ...).");
        kind("method-not-allowed", 405, "Method Not Allowed", "The path does not take this method.");
        kind("not-acceptable", 406, "Not Acceptable", "The request accepts none of the operation's content types.");
        kind("payload-too-large", 413, "Payload too large",
                "Request bodies are limited to 64 KB (1 MB for sync command batches).");
        kind("unsupported-media-type", 415, "Unsupported Media Type", "The body must be `application/json`.");
        kind("idempotency-key-reused", 422, "Idempotency-Key reused",
                "This Idempotency-Key was used before with another request body.");
        kind("too-many-login-attempts", 429, "Too many login attempts",
                "Too many failed logins for this username or from this address; wait `Retry-After` seconds.");
        kind("too-many-orders", 429, "Too many orders",
                "This client address placed too many orders lately; wait `Retry-After` seconds (decision record 54).");
        kind("sync-busy", List.of(429, 503), "Too many requests waiting for changes",
                "Too many requests for changes wait already, from this desk (429) or on this server (503).");
        kind("internal-error", 500, "Internal error", "Something went wrong on the server's side.");
        kind("payment-unavailable", 503, "Payment temporarily unavailable",
                "The payment provider is down, slow or its circuit is open: nothing charged, nothing held; retry "
                        + "after `Retry-After` seconds.");
        kind("service-unavailable", 503, "Service unavailable",
                "The database (or Kafka) is unreachable for the moment; retry after `Retry-After` seconds.");
    }

    private ApiProblems() {
    }

    /** The name of a problem type's schema among the document's components. */
    static String schemaName(String slug) {
        return "Problem-" + slug;
    }

    /**
     * A problem type's schema: RFC 9457's members with {@code type} fixed, and the facts this type names besides.
     * (A schema per type rather than one with every fact: each answer may carry exactly what its type promises.)
     */
    static Schema<?> schema(String slug) {
        var schema = new ObjectSchema()
                .description("`" + ProblemTypes.uri(slug) + "`: " + KINDS.get(slug).meaning())
                .addProperty("type", new StringSchema()._enum(List.of(ProblemTypes.uri(slug).toString())))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()._enum(new ArrayList<Number>(KINDS.get(slug).statuses())))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().description("The request's path"));
        switch (slug) {
            case "validation-failed" -> schema.addProperty("errors", new ArraySchema()
                    .items(new Schema<>().$ref(FIELD_ERROR)).description("Each invalid field, parameter or header"));
            case "sync-sequence-gap" -> schema.addProperty("lastSeq", lastSeq());
            case "sync-sequence-reused" -> schema.addProperty("seq", new IntegerSchema().format("int64")
                    .description("The seq used before")).addProperty("lastSeq", lastSeq());
            case "sync-feed-reset" -> schema.addProperty("serverId", new UUIDSchema().description("This server's id"))
                    .addProperty("feedEpoch", new UUIDSchema().description("The feed's epoch now"));
            case "room-taken" -> schema.addProperty("room", new StringSchema().description("The room"))
                    .addProperty("night", new DateSchema().description("The night it is taken"));
            case "rooms-needed" -> schema.addProperty("nights", new ArraySchema().items(new DateSchema())
                    .description("The nights short of rooms")).addProperty("bookings", new ArraySchema()
                    .items(new Schema<>().$ref(BOOKING_IN_THE_WAY)).description("The bookings on those nights"));
            default -> { }
        }
        var required = new ArrayList<>(List.of("type", "title", "status", "detail"));
        if (schema.getProperties().containsKey("errors")) {
            required.add("errors");
        }
        return schema.required(required).additionalProperties(false);
    }

    /** The schemas of these problem types, and those they refer to, by component name. */
    static Map<String, Schema<?>> schemas(java.util.Set<String> slugs) {
        var schemas = new LinkedHashMap<String, Schema<?>>();
        slugs.forEach(slug -> schemas.put(schemaName(slug), schema(slug)));
        schemas.put(FIELD_ERROR, new ObjectSchema()
                .addProperty("field", new StringSchema().example("checkOut"))
                .addProperty("message", new StringSchema().example("must be after check-in"))
                .required(List.of("field", "message")).additionalProperties(false));
        if (slugs.contains("rooms-needed")) {
            schemas.put(BOOKING_IN_THE_WAY, new ObjectSchema()
                    .addProperty("reservationId", new UUIDSchema())
                    .addProperty("guestName", new StringSchema())
                    .addProperty("checkIn", new DateSchema()).addProperty("checkOut", new DateSchema())
                    .required(List.of("reservationId", "guestName", "checkIn", "checkOut"))
                    .additionalProperties(false));
        }
        return schemas;
    }

    private static Schema<?> lastSeq() {
        return new IntegerSchema().format("int64").description("The desk's last seq applied");
    }

    private static void kind(String slug, int status, String title, String meaning) {
        kind(slug, List.of(status), title, meaning);
    }

    private static void kind(String slug, List<Integer> statuses, String title, String meaning) {
        KINDS.put(slug, new Kind(statuses, title, meaning));
    }

    /** Adds (or widens) the operation's error responses with these problem types. */
    public static void add(Operation operation, String... slugs) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        for (String slug : slugs) {
            var kind = KINDS.get(slug);
            if (kind == null) {
                throw new IllegalArgumentException("Unknown problem type '" + slug + "': list it in ProblemTypes and"
                        + " describe it in ApiProblems");
            }
            kind.statuses().forEach(status -> addTo(operation.getResponses(), status, slug, kind));
        }
    }

    private static void addTo(ApiResponses responses, int status, String slug, Kind kind) {
        String code = Integer.toString(status);
        var response = responses.get(code);
        if (response == null) {
            response = new ApiResponse().content(new Content().addMediaType(
                    org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    new MediaType()));
            if (status == 429 || status == 503) {
                response.addHeaderObject(RETRY_AFTER, new Header().$ref(RETRY_AFTER));
            }
            if (status == 401) {
                response.addHeaderObject(WWW_AUTHENTICATE, new Header().$ref(WWW_AUTHENTICATE));
            }
            responses.addApiResponse(code, response);
        }
        var media = response.getContent().get(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var ref = new Schema<>().$ref(schemaName(slug));
        var schema = media.getSchema();
        if (schema == null) {
            media.setSchema(ref);
        } else if (ref.get$ref().equals(schema.get$ref()) || schema.getOneOf() != null && schema.getOneOf().contains(ref)) {
            return;
        } else if (schema.getOneOf() == null) {
            media.setSchema(new ComposedSchema().addOneOfItem(schema).addOneOfItem(ref));
        } else {
            schema.addOneOfItem(ref);
        }
        String uri = ProblemTypes.uri(slug).toString();
        media.addExamples(slug, new Example().summary(kind.title()).value(example(status, uri, slug, kind)));
        response.setDescription(description(status, media));
    }

    /** The problem types the document's responses refer to (their schemas go into its components). */
    static java.util.Set<String> referredTo(io.swagger.v3.oas.models.OpenAPI openApi) {
        var slugs = new java.util.TreeSet<String>();
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                operation.getResponses().values().forEach(response -> {
                    var media = response.getContent() == null ? null : response.getContent()
                            .get(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    if (media != null) {
                        var schema = media.getSchema();
                        (schema.getOneOf() == null ? List.of(schema) : schema.getOneOf()).forEach(one -> slugs.add(
                                ((Schema<?>) one).get$ref().substring(("#/components/schemas/" + schemaName(""))
                                        .length())));
                    }
                })));
        return slugs;
    }

    private static Map<String, Object> example(int status, String uri, String slug, Kind kind) {
        var example = new LinkedHashMap<String, Object>();
        example.put("type", uri);
        example.put("title", kind.title());
        example.put("status", status);
        example.put("detail", kind.meaning().replace("`", ""));
        if ("validation-failed".equals(slug)) {
            example.put("errors", List.of(Map.of("field", "checkOut", "message", "must be after check-in")));
        }
        return example;
    }

    private static String description(int status, MediaType media) {
        var lines = new ArrayList<String>();
        new TreeMap<>(media.getExamples()).forEach((slug, example) ->
                lines.add("- `" + ProblemTypes.uri(slug) + "`: " + KINDS.get(slug).meaning()));
        return HttpStatus.valueOf(status).getReasonPhrase() + ", as `application/problem+json` with one of these"
                + " types:\n" + String.join("\n", lines);
    }
}
