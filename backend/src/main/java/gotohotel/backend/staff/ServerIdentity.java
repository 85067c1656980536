package gotohotel.backend.staff;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * This server's identity: the UUID made once for its database by the migration (decision 28). Desks compare it
 * with the one their local store belongs to before they send anything; every page of the changes feed carries it.
 */
@Component
public class ServerIdentity {

    private final JdbcTemplate jdbc;
    private volatile UUID id;

    ServerIdentity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Read once (it never changes for a database), then kept. */
    public UUID id() {
        var known = id;
        if (known == null) {
            known = jdbc.queryForObject("SELECT server_id FROM server_identity WHERE id = 1", UUID.class);
            id = known;
        }
        return known;
    }
}
