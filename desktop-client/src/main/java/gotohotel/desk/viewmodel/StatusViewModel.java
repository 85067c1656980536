package gotohotel.desk.viewmodel;

import gotohotel.desk.service.ConflictNote;
import gotohotel.desk.service.DeskStatus;
import gotohotel.desk.service.BookingService;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The always-visible sync status and the conflicts staff read and dismiss. */
public final class StatusViewModel {

    private final BookingService service;
    private final UiExecutor ui;
    private final BooleanProperty online = new SimpleBooleanProperty();
    private final BooleanProperty signInRequired = new SimpleBooleanProperty();
    private final LongProperty queued = new SimpleLongProperty();
    private final ObjectProperty<Instant> lastSync = new SimpleObjectProperty<>();
    private final StringProperty lastError = new SimpleStringProperty();
    private final ObservableList<ConflictNote> conflicts = FXCollections.observableArrayList();

    public StatusViewModel(BookingService service, UiExecutor ui) {
        this.service = service;
        this.ui = ui;
    }

    /** Shows this status (call on the UI thread). */
    public void show(DeskStatus status) {
        online.set(status.online());
        signInRequired.set(status.signInRequired());
        queued.set(status.queued());
        lastSync.set(status.lastSyncAt());
        lastError.set(status.lastError());
        if (!conflicts.equals(status.conflicts())) {
            conflicts.setAll(status.conflicts());
        }
    }

    public void dismiss(ConflictNote conflict) {
        conflicts.remove(conflict);
        ui.submit(() -> {
            service.dismissConflict(conflict.id());
            return null;
        }, done -> { }, failure -> lastError.set(failure.getMessage()));
    }

    public BooleanProperty onlineProperty() {
        return online;
    }

    public BooleanProperty signInRequiredProperty() {
        return signInRequired;
    }

    public LongProperty queuedProperty() {
        return queued;
    }

    public ObjectProperty<Instant> lastSyncProperty() {
        return lastSync;
    }

    public StringProperty lastErrorProperty() {
        return lastError;
    }

    public ObservableList<ConflictNote> conflicts() {
        return conflicts;
    }
}
