package gotohotel.desk.service;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.sync.ServerLink;
import gotohotel.desk.sync.StaffSession;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A reservation's history: the server's audit trail when it answers (every change, by whom, from which desk),
 * otherwise what this desk knows — the last change it downloaded and its own decisions still queued.
 */
final class HistorySource {

    static final String THIS_DESK = "this-desk";

    private final DeskStore store;

    HistorySource(DeskStore store) {
        this.store = store;
    }

    List<HistoryEntry> of(UUID reservationId, ServerLink link, StaffSession session) {
        var lines = new ArrayList<HistoryEntry>();
        var fromServer = link == null || session == null ? java.util.Optional.<List<HistoryEntry>>empty()
                : link.history(session, reservationId).map(server -> server.stream().map(line -> new HistoryEntry(
                        line.decidedAt(), who(line.staff(), line.account()), line.action(), line.status(),
                        line.clientId() == null ? null : line.clientId().toString(), line.reason(), false)).toList());
        if (fromServer.isPresent()) {
            lines.addAll(fromServer.get());
        } else {
            store.reservation(reservationId).ifPresent(r -> {
                var s = r.server();
                lines.add(new HistoryEntry(s.updatedAt(), s.lastChangedBy(), null, s.status(), null, null, false));
            });
        }
        for (var command : store.queuedDecisions(reservationId)) {
            lines.add(new HistoryEntry(command.issuedAt(), command.staff(), command.type().name(),
                    Decision.valueOf(command.type().name()).next(), THIS_DESK, command.reason(), true));
        }
        return lines;
    }

    private static String who(String staff, String account) {
        if (account == null || account.equals(staff)) {
            return staff;
        }
        return staff + " (" + account + ")";
    }
}
