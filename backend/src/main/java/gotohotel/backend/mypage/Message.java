package gotohotel.backend.mypage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One guest message on my page. */
@Embeddable
record Message(String channel, String text,
               @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) @Column(name = "status") MessageState status,
               String reason, Instant at) {

    /** Whether this state of the message supersedes {@code other} (null: nothing known yet). */
    boolean supersedes(Message other) {
        return other == null || status.isAfter(other.status)
                || !other.status.isAfter(status) && at.isAfter(other.at);
    }
}
