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

    public Api(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
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
        return send(request(path, bearer).GET());
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
        return send(builder);
    }

    public Response put(String path, Object body, String bearer) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    public Response patch(String path, Object body, String bearer) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    public Response delete(String path, String bearer) {
        return send(request(path, bearer).DELETE());
    }

    /** Posts the body without a Content-Length (chunked), as a streaming client would. */
    public Response postStreamed(String path, Object body) {
        byte[] bytes = json.writeValueAsBytes(body);
        return send(request(path, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))));
    }

    private HttpRequest.Builder request(String path, String bearer) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? null : parse(response.body());
            return new Response(response.statusCode(), response.headers().map(), response.body(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
