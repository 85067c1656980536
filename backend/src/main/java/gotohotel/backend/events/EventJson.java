package gotohotel.backend.events;

import gotohotel.shared.event.BookingEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON of a {@link BookingEvent} as it comes off Kafka. */
@Component
public class EventJson {

    private final JsonMapper json;

    EventJson(JsonMapper json) {
        this.json = json;
    }

    public BookingEvent read(byte[] value) {
        return json.readValue(value, BookingEvent.class);
    }
}
