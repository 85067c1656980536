package gotohotel.desk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal as the server wrote it (RFC 9457 problem+json): the status, the problem type's last word (such as
 * {@code last-manager}), the server's sentence, its field errors (field → the server's words, in English) and the
 * bookings it names (a {@code rooms-needed} refusal: who stands in the way, as "guest, check-in–check-out").
 */
public record ServerProblem(int status, String type, String detail, Map<String, String> fieldErrors,
                            List<String> bookings) {

    public ServerProblem {
        fieldErrors = Map.copyOf(fieldErrors);
        bookings = List.copyOf(bookings);
    }

    static ServerProblem from(int status, JsonNode problem) {
        String type = problem.path("type").asText("");
        var fields = new LinkedHashMap<String, String>();
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asText("");
            String message = error.path("message").asText("");
            fields.merge(field, message, (first, second) -> first + "; " + second);
        }
        var bookings = new ArrayList<String>();
        for (JsonNode booking : problem.path("bookings")) {
            bookings.add(booking.path("guestName").asText("?") + ", " + booking.path("checkIn").asText("")
                    + "–" + booking.path("checkOut").asText(""));
        }
        return new ServerProblem(status, type.substring(type.lastIndexOf(':') + 1),
                problem.hasNonNull("detail") ? problem.get("detail").asText() : null, fields, bookings);
    }
}
