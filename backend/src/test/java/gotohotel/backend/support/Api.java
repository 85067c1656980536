package gotohotel.backend.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for tests against the running backend. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    private final String baseUrl;
    private final java.util.function.Consumer<Exchange> observer;

    public Api(int port) {
        this(port, exchange -> { });
    }

    /** Shows every exchange to the observer (the contract test checks each answer against the API document). */
    public Api(int port, java.util.function.Consumer<Exchange> observer) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.observer = observer;
    }

    /** A request as sent (path with its query, headers, body text or null) and the answer to it. */
    public record Exchange(String method, String path, Map<String, java.util.List<String>> requestHeaders,
                           String requestBody, Response response) {
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String text, JsonNode body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Response get(String path, String bearer) {
        return send(request(path, bearer).GET(), null);
    }

    /** Every element of a paged listing: follows each {@code Link: <...>; rel="next"} to the last page. */
    public java.util.List<JsonNode> getAllPages(String path, String bearer) {
        var all = new java.util.ArrayList<JsonNode>();
        String next = path;
        while (next != null) {
            var page = get(next, bearer);
            if (page.status() != 200) {
                throw new IllegalStateException(next + " answered " + page.status());
            }
            page.body().forEach(all::add);
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
        }
        return all;
    }

    public Response post(String path, Object body, String bearer) {
        return post(path, body, bearer, Map.of());
    }

    public Response post(String path, Object body, String bearer, Map<String, String> headers) {
        String text = body == null ? "" : body instanceof String s ? s : json.writeValueAsString(body);
        var builder = request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        headers.forEach(builder::header);
        return send(builder, text);
    }

    public Response put(String path, Object body, String bearer) {
        String text = json.writeValueAsString(body);
        return send(request(path, bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text)), text);
    }

    public Response patch(String path, Object body, String bearer) {
        String text = json.writeValueAsString(body);
        return send(request(path, bearer).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(text)), text);
    }

    public Response delete(String path, String bearer) {
        return send(request(path, bearer).DELETE(), null);
    }

    /** Posts the body without a Content-Length (chunked), as a streaming client would. */
    public Response postStreamed(String path, Object body) {
        byte[] bytes = json.writeValueAsBytes(body);
        return send(request(path, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))),
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String bearer) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder, String requestBody) {
        try {
            var request = builder.build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? null : parse(response.body());
            var answer = new Response(response.statusCode(), response.headers().map(), response.body(), body);
            observer.accept(new Exchange(request.method(), path(request.uri()), request.headers().map(), requestBody,
                    answer));
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String path(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
