package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ServerProblemTests {

    @Test
    void aRoomsNeededRefusalNamesItsBookings() throws Exception {
        var json = new ObjectMapper().readTree("""
                {"type":"urn:gotohotel:problem:rooms-needed","title":"Rooms needed","status":409,
                 "detail":"Not done: ...","nights":["2026-12-08"],
                 "bookings":[{"reservationId":"6f1c1f2e-0000-4000-8000-000000000001","guestName":"Kim Mina",
                              "checkIn":"2026-12-08","checkOut":"2026-12-10"}]}""");

        var problem = ServerProblem.from(409, json);

        assertThat(problem.type()).isEqualTo("rooms-needed");
        assertThat(problem.bookings()).containsExactly("Kim Mina, 2026-12-08–2026-12-10");
        assertThat(problem.fieldErrors()).isEmpty();
    }
}
