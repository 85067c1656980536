package gotohotel.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A staff account as managers see it (never its password or hash). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffAccountView(String username, String displayName, StaffRole role, boolean enabled,
                               Instant createdAt, Instant passwordChangedAt, Instant disabledAt) {
}
