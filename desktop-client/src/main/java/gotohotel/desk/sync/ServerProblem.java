package gotohotel.desk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal as the server wrote it (RFC 9457 problem+json): the status, the problem type's last word (such as
 * {@code last-manager}), the server's sentence and its field errors (field → the server's words, in English).
 */
public record ServerProblem(int status, String type, String detail, Map<String, String> fieldErrors) {

    public ServerProblem {
        fieldErrors = Map.copyOf(fieldErrors);
    }

    static ServerProblem from(int status, JsonNode problem) {
        String type = problem.path("type").asText("");
        var fields = new LinkedHashMap<String, String>();
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asText("");
            String message = error.path("message").asText("");
            fields.merge(field, message, (first, second) -> first + "; " + second);
        }
        return new ServerProblem(status, type.substring(type.lastIndexOf(':') + 1),
                problem.hasNonNull("detail") ? problem.get("detail").asText() : null, fields);
    }
}
