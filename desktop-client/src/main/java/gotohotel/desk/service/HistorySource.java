package gotohotel.desk.service;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.sync.ServerLink;
import gotohotel.desk.sync.StaffSession;
import gotohotel.shared.sync.HistoryLineView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A reservation's history: the server's audit trail when it answers (every change, by whom, from which desk),
 * and what this desk knows — the last change it downloaded — for when it does not; either way followed by this
 * desk's own decisions still queued.
 */
final class HistorySource {

    static final String THIS_DESK = "this-desk";

    private final DeskStore store;
    private final Executor reads;

    /** @param reads where the queued decisions are read when the server's answer comes (not the UI thread) */
    HistorySource(DeskStore store, Executor reads) {
        this.store = store;
        this.reads = reads;
    }

    /** What this desk knows, read from its store at once. */
    List<HistoryEntry> local(UUID reservationId) {
        var lines = new ArrayList<HistoryEntry>();
        store.reservation(reservationId).ifPresent(r -> {
            var s = r.server();
            lines.add(new HistoryEntry(s.updatedAt(), s.lastChangedBy(), null, s.status(), null, null, false));
        });
        return queuedAfter(lines, reservationId);
    }

    /** The server's trail with this desk's queued decisions after it; empty when the server cannot say. */
    CompletableFuture<Optional<List<HistoryEntry>>> fromServer(UUID reservationId, ServerLink link,
                                                               StaffSession session) {
        var asked = link.history(session, reservationId);
        var trail = asked.thenApplyAsync(server -> server.map(lines -> queuedAfter(
                new ArrayList<>(lines.stream().map(HistorySource::entry).toList()), reservationId)), reads);
        trail.whenComplete((lines, failure) -> {
            if (trail.isCancelled()) {
                asked.cancel(false);   // and with it the request
            }
        });
        return trail;
    }

    private List<HistoryEntry> queuedAfter(List<HistoryEntry> lines, UUID reservationId) {
        for (var command : store.queuedDecisions(reservationId)) {
            boolean decision = command.room() == null;   // a room command leaves the status as it is
            lines.add(new HistoryEntry(command.issuedAt(), command.staff(), command.type().name(),
                    decision ? Decision.valueOf(command.type().name()).next() : null, THIS_DESK,
                    decision ? command.reason() : command.room(), true));
        }
        return lines;
    }

    /** The person by the name they had then (the account that sent it when another), the desk by its name. */
    private static HistoryEntry entry(HistoryLineView line) {
        String desk = line.deskName() != null ? line.deskName()
                : line.clientId() == null ? null : line.clientId().toString();
        return new HistoryEntry(line.decidedAt(), who(line.staff(), line.staffName(), line.account()), line.action(),
                line.status(), desk, line.reason(), false);
    }

    private static String who(String staff, String staffName, String account) {
        String person = staffName != null && !staffName.isBlank() ? staffName : staff;
        if (account == null || account.equals(staff)) {
            return person;
        }
        return person + " (" + account + ")";
    }
}
