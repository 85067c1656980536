package gotohotel.backend.common;

import gotohotel.shared.event.BookingEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
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

    /**
     * Reads a batch of records; a record that is not a valid event fails the batch at its index, so the
     * error handler retries what came before it and dead-letters that record.
     */
    public List<BookingEvent> readAll(List<ConsumerRecord<String, byte[]>> records) {
        var events = new ArrayList<BookingEvent>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                events.add(read(records.get(i).value()));
            } catch (RuntimeException unreadable) {
                throw new BatchListenerFailedException("Unreadable event", unreadable, i);
            }
        }
        return events;
    }
}
