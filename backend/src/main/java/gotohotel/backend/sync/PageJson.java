package gotohotel.backend.sync;

import gotohotel.shared.sync.ChangesPage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page of the changes feed as the answer's bytes, written once for every request a round answers with it: a
 * thousand desks waiting at the feed's end get the same page, and serialising it for each would cost the guests.
 */
@Component
class PageJson {

    private final JsonMapper json;

    PageJson(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> of(ChangesPage page) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(page));
    }
}
