package gotohotel.desk.viewmodel;

import gotohotel.desk.service.BookingService;
import gotohotel.desk.service.HistoryEntry;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected booking's history: the server's lines when it answers in time, else what this desk knows, replaced
 * by the server's should they come after all. Only the latest request's answer is shown.
 */
final class SelectedHistory {

    static final Duration SERVER_PATIENCE = Duration.ofMillis(400);

    private final BookingService service;
    private final UiExecutor ui;
    private final ObservableList<HistoryEntry> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HistoryShown> shown = new ReadOnlyObjectWrapper<>(HistoryShown.NOTHING);
    /** The history request whose answer may still be shown; an older one's answer is dropped. */
    private long request;
    /** The request the server answered (its lines shown; this desk's own knowledge no longer wanted). */
    private long serverAnswered;
    private CompletableFuture<?> serverAsked = CompletableFuture.completedFuture(null);

    SelectedHistory(BookingService service, UiExecutor ui) {
        this.service = service;
        this.ui = ui;
    }

    /**
     * Asks the server for the booking's history; if it has not answered within {@link #SERVER_PATIENCE} (or
     * cannot), shows what this desk knows, replaced by the server's lines should they come after all. Another
     * booking's lines are cleared at once ("loading"); an answer for a booking no longer selected is dropped and its
     * request cancelled. The same booking changing keeps its lines until the new ones come.
     *
     * @param selectedId the booking selected now (null: none)
     */
    void load(UUID selectedId, boolean anotherBooking) {
        long current = ++request;
        serverAsked.cancel(false);
        boolean serverSilent = shown.get() == HistoryShown.THIS_DESK;
        if (anotherBooking || selectedId == null) {
            lines.clear();
            shown.set(selectedId == null ? HistoryShown.NOTHING : HistoryShown.LOADING);
        }
        if (selectedId == null) {
            return;
        }
        var asked = service.serverHistory(selectedId);
        serverAsked = asked;
        asked.whenComplete((answer, failure) -> ui.onUi(() -> {
            if (current != request) {
                return;   // another booking (or a newer state of this one) is on show
            }
            if (answer != null && answer.isPresent()) {
                serverAnswered = current;
                lines.setAll(answer.get());
                shown.set(HistoryShown.SERVER);
            } else {
                showLocal(current, selectedId);
            }
        }));
        // the server kept staff waiting before: do not make them wait again for each change
        ui.after(serverSilent && !anotherBooking ? Duration.ZERO : SERVER_PATIENCE, () -> showLocal(current, selectedId));
    }

    private void showLocal(long asked, UUID id) {
        if (asked != request || serverAnswered == asked) {
            return;
        }
        ui.submit(() -> service.localHistory(id), local -> {
            if (asked == request && serverAnswered != asked) {
                lines.setAll(local);
                shown.set(HistoryShown.THIS_DESK);
            }
        }, failure -> { });
    }

    ObservableList<HistoryEntry> lines() {
        return lines;
    }

    ReadOnlyObjectProperty<HistoryShown> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
