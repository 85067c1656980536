package gotohotel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guest client against a stand-in backend: what it sends, and how it reads the answers. */
class GuestClientTests {

    private static final UUID ORDER = UUID.fromString("7f1c6a52-0a43-4c39-9d4e-2b5b0c1f9a11");
    private static final List<String> received = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static final MockProvider backend = new MockProvider(request -> {
        received.add(request.getMethod() + " " + request.getTarget() + " " + request.getHeaders().get("Authorization")
                + " " + (request.getBody() == null ? "" : request.getBody().utf8()));
        if (request.getTarget().endsWith("/cancel")) {
            return new MockResponse.Builder().code(409).body("{\"title\":\"already checked in\"}").build();
        }
        return new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json").body("""
                {"orderId":"%s","accessToken":"token-1","status":"PAID","roomType":"DELUXE","checkIn":"2027-01-10",
                 "checkOut":"2027-01-11","guestCount":1,"totalPrice":180000,"currency":"KRW",
                 "payment":{"status":"APPROVED","cardLast4":"4242","amount":180000},"links":{}}""".formatted(ORDER)).build();
    });

    private final GuestClient guest = new GuestClient(backend.url().replaceAll("/$", ""));

    @Test
    void placesAnOrderAsTheSharedRecordAndReadsTheAnswerIntoOne() {
        var order = guest.place(GuestClient.oneNight("Desk Test 1", "010-1234-0001", "DELUXE", LocalDate.of(2027, 1, 10)))
                .expect(201);

        assertThat(order.orderId()).isEqualTo(ORDER);
        assertThat(order.accessToken()).isEqualTo("token-1");
        assertThat(order.checkOut()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(order.payment().cardLast4()).isEqualTo("4242");
        assertThat(received.get(received.size() - 1)).startsWith("POST /api/orders null {")
                .contains("\"guestName\":\"Desk Test 1\"", "\"checkIn\":\"2027-01-10\"", "\"checkOut\":\"2027-01-11\"",
                        "\"number\":\"4242 4242 4242 4242\"");
    }

    @Test
    void readsAndCancelsWithTheOrdersAccessToken() {
        guest.read(ORDER, "token-1").expect(200, 201);
        var refused = guest.cancel(ORDER, "token-1");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(received).contains("GET /api/orders/" + ORDER + " Bearer token-1 ",
                "POST /api/orders/" + ORDER + "/cancel Bearer token-1 ");
        assertThatThrownBy(() -> refused.expect(200)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("409").hasMessageContaining("already checked in");
    }
}
