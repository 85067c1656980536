package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Before the desk checks a guest in online it gives the stay the server's first suggestion of the booked type (a guest
 * is checked in to a room), keeps a room the stay holds already, and gives none when the server cannot say.
 */
class RoomForCheckInTests {

    private static final UUID RESERVATION = UUID.fromString("00000000-0000-0000-0000-000000000019");

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int suggestionsStatus = 200;
    private volatile String suggestions = "[]";
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/staff/reservations/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + body);
            boolean asking = exchange.getRequestMethod().equals("GET");
            byte[] answer = (asking ? suggestions : "{\"reservationId\":\"" + RESERVATION + "\",\"status\":\"CONFIRMED\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(asking ? suggestionsStatus : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void givesTheFirstSuggestedRoomOfTheBookedType() {
        suggestions = """
                [{"number":"203","roomType":"DELUXE","housekeeping":"CLEAN","outOfService":false,"upgrade":false,"held":false},
                 {"number":"201","roomType":"DELUXE","housekeeping":"DIRTY","outOfService":false,"upgrade":false,"held":false},
                 {"number":"501","roomType":"SUITE","housekeeping":"CLEAN","outOfService":false,"upgrade":true,"held":false}]""";

        assertThat(give()).contains("203");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1)).startsWith("PUT /api/staff/reservations/" + RESERVATION + "/room").contains("\"203\"");
    }

    @Test
    void keepsTheRoomTheStayHoldsAlready() {
        suggestions = """
                [{"number":"501","roomType":"SUITE","housekeeping":"CLEAN","outOfService":false,"upgrade":true,"held":true},
                 {"number":"203","roomType":"DELUXE","housekeeping":"CLEAN","outOfService":false,"upgrade":false,"held":false}]""";

        assertThat(give()).contains("501");
        assertThat(requests).hasSize(1);
    }

    @Test
    void givesNoneWhenTheServerCannotSuggestOrNoRoomOfTheTypeIsFree() {
        suggestions = """
                [{"number":"501","roomType":"SUITE","housekeeping":"CLEAN","outOfService":false,"upgrade":true,"held":false}]""";
        assertThat(give()).isEmpty();

        suggestionsStatus = 503;
        assertThat(give()).isEmpty();
        assertThat(requests).noneMatch(request -> request.startsWith("PUT"));
    }

    private Optional<String> give() {
        try (var link = ServerLink.to("http://127.0.0.1:" + server.getAddress().getPort(), Duration.ofSeconds(5))) {
            var session = new StaffSession(link);
            session.useToken("desk-token");
            return link.giveSuggestedRoom(session, RESERVATION);
        }
    }
}
