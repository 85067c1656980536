package gotohotel.shared.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a reservation's audit trail as the staff see it: the version and status it reached, the action,
 * the staff account that made the decision ({@code staff}, with its display name then), the account whose token
 * sent it, the desk (id and name; none for the staff API or the guest), why (a rejection's reason), when it was
 * decided and when applied.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryLineView(long version, String status, String action, String staff, String account,
                              UUID clientId, String reason, Instant decidedAt, Instant appliedAt, String staffName,
                              String deskName) {
}
