package gotohotel.backend.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import gotohotel.backend.support.Api;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API document as a test oracle: an answer the document does not declare — its status, a header, a body field,
 * a problem type, its content type — is a violation. Atlassian's swagger-request-validator checks status, content
 * type and body against the schemas (strict: they forbid undeclared properties, {@link StrictSchemas}); the headers
 * are checked here, since the validator only checks those the document declares. Requests are matched to an
 * operation (an unknown path or method is a violation) but not validated: tests send bad input on purpose.
 */
final class ApiContract {

    /** Headers of HTTP itself (framing, caching, content negotiation, browser policies), never in a contract. */
    private static final Set<String> HTTP_HEADERS = Set.of("content-type", "content-length", "content-encoding",
            "transfer-encoding", "date", "connection", "keep-alive", "vary", "cache-control", "pragma", "expires",
            "x-content-type-options", "x-frame-options", "x-xss-protection", "referrer-policy",
            "content-security-policy", "strict-transport-security", "permissions-policy",
            "cross-origin-opener-policy", "cross-origin-resource-policy", "cross-origin-embedder-policy");

    private final OpenApiInteractionValidator validator;
    private final OpenAPI document;

    ApiContract(String json) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(json)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                        .build())
                .build();
        this.document = new OpenAPIV3Parser().readContents(json).getOpenAPI();
    }

    /** Fails the test with every violation of the exchange. */
    void check(Api.Exchange exchange) {
        var violations = violations(exchange);
        if (!violations.isEmpty()) {
            throw new AssertionError(exchange.method() + " " + exchange.path() + " answered "
                    + exchange.response().status() + " " + exchange.response().text()
                    + "\nwhich the API document does not declare:\n- " + String.join("\n- ", violations));
        }
    }

    List<String> violations(Api.Exchange exchange) {
        var violations = new ArrayList<String>();
        var report = validator.validate(request(exchange), response(exchange.response()));
        report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .forEach(message -> violations.add(text(message, "")));
        violations.addAll(undeclaredHeaders(exchange));
        return violations;
    }

    private static String text(ValidationReport.Message message, String indent) {
        var text = new StringBuilder(message.getKey()).append(": ").append(message.getMessage());
        message.getNestedMessages().forEach(nested -> text.append("\n  ").append(indent).append(text(nested, indent + "  ")));
        return text.toString();
    }

    private List<String> undeclaredHeaders(Api.Exchange exchange) {
        String path = exchange.path().split("\\?", 2)[0];
        var operation = operation(exchange.method(), path);
        if (operation == null) {
            return List.of();   // the validator names the unknown path or method
        }
        var response = operation.getResponses().get(Integer.toString(exchange.response().status()));
        if (response == null) {
            return List.of();   // the validator names the undeclared status
        }
        var declared = new java.util.HashSet<String>();
        if (response.getHeaders() != null) {
            response.getHeaders().keySet().forEach(name -> declared.add(name.toLowerCase(Locale.ROOT)));
        }
        return exchange.response().headers().keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> !HTTP_HEADERS.contains(name) && !declared.contains(name))
                .map(name -> "header " + name + " is not declared for " + exchange.response().status()).toList();
    }

    private Operation operation(String method, String path) {
        for (var entry : document.getPaths().entrySet()) {
            var template = Pattern.compile(Pattern.quote(entry.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
            if (template.matcher(path).matches()) {
                var operation = entry.getValue().readOperationsMap().get(
                        io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
                if (operation != null) {
                    return operation;
                }
            }
        }
        return null;
    }

    private static SimpleRequest request(Api.Exchange exchange) {
        String[] pathAndQuery = exchange.path().split("\\?", 2);
        var builder = new SimpleRequest.Builder(Request.Method.valueOf(exchange.method().toUpperCase(Locale.ROOT)),
                pathAndQuery[0]);
        if (pathAndQuery.length > 1) {
            for (String pair : pathAndQuery[1].split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                builder.withQueryParam(decode(nameAndValue[0]), nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
            }
        }
        exchange.requestHeaders().forEach(builder::withHeader);
        if (exchange.requestBody() != null) {
            builder.withBody(exchange.requestBody());
        }
        return builder.build();
    }

    private static SimpleResponse response(Api.Response answer) {
        var builder = new SimpleResponse.Builder(answer.status());
        answer.headers().forEach(builder::withHeader);
        if (!answer.text().isEmpty()) {
            builder.withBody(answer.text());
        }
        return builder.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
