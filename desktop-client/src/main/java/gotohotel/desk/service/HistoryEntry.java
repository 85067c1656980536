package gotohotel.desk.service;

import java.time.Instant;

/**
 * One line of a reservation's history: when, who (staff member; the account that sent it when different),
 * what (an action such as CONFIRM, and the status reached), from which desk, with the reason if any.
 * {@code pending}: taken on this desk and not yet answered by the server.
 */
public record HistoryEntry(Instant at, String who, String action, String status, String desk, String reason,
                           boolean pending) {
}
