package gotohotel.desk.view;

import gotohotel.desk.service.Decision;
import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.GuestBookingsViewModel;
import gotohotel.desk.viewmodel.OnlineScreens;
import gotohotel.desk.viewmodel.ReservationsViewModel;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The desk: quick views, search and dates on top; the reservations table with the selected one's details;
 * occupancy in a second tab and the room rack in a third; conflicts and the status bar always at the bottom.
 */
public final class DeskView {

    /** How long staff leave the desk alone before it prepares the rack (FX thread work they might feel). */
    private static final Duration QUIET = Duration.ofSeconds(1);

    private final DeskViewModel model;
    private final Texts t;
    private final Runnable signedOut;
    private final Consumer<Locale> languageChosen;
    /** The screens that need the server (staff, own password, rooms, a booking); null: the header offers none. */
    private final OnlineScreens online;
    private BorderPane root;
    /** The room rack's tab (null: the desk shows no rack). */
    private Tab rackTab;
    /** The table's selection bound to the view-model's (set by {@link #build()}). */
    private TableSelection selection;

    public DeskView(DeskViewModel model, Texts t, Runnable signedOut, Consumer<Locale> languageChosen) {
        this(model, null, t, signedOut, languageChosen);
    }

    public DeskView(DeskViewModel model, OnlineScreens online, Texts t, Runnable signedOut,
                    Consumer<Locale> languageChosen) {
        this.model = model;
        this.online = online;
        this.t = t;
        this.signedOut = signedOut;
        this.languageChosen = languageChosen;
    }

    public Parent build() {
        var reservations = model.reservations();
        var table = ReservationTable.build(reservations, t);
        selection = TableSelection.bind(table, reservations);
        var details = online == null ? DetailsPane.build(reservations, t, this::decide)
                : DetailsPane.build(reservations, t, this::decide, java.util.List.of(
                        new DetailsPane.Change("changeStay", "stay.open", this::changeStay,
                                changeable(reservations, GuestBookingsViewModel::changeable)),
                        new DetailsPane.Change("changeRoomType", "room-type.open", this::changeRoomType,
                                changeable(reservations, GuestBookingsViewModel::typeChangeable))));
        var split = new SplitPane(table, details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.70);
        SplitPane.setResizableWithParent(details, false);

        var bookingsTab = new Tab(t.get("tab.reservations"), new VBox(FilterBar.build(reservations, t), split));
        VBox.setVgrow(split, Priority.ALWAYS);
        // built when first chosen: a tab's content is styled and laid out even while hidden, and the desk is
        // wanted on screen the moment a sign-in succeeds
        var occupancyTab = new Tab(t.get("tab.occupancy"));
        occupancyTab.setId("occupancyTab");
        occupancyTab.setOnSelectionChanged(e -> {
            if (!occupancyTab.isSelected()) {
                return;
            }
            if (occupancyTab.getContent() == null) {
                occupancyTab.setContent(OccupancyView.build(model.occupancy(), t));   // counts the nights itself
            } else {
                model.occupancy().refresh();
            }
        });
        var tabs = new TabPane(bookingsTab, occupancyTab);
        if (model.rack() != null) {
            rackTab = rackTab();
            tabs.getTabs().add(rackTab);
        }
        if (model.dayLists() != null) {
            DayTabs.add(tabs, model, online == null ? null : online.staff(), t, () -> root.getScene().getWindow());
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        var bottom = new VBox(ConflictsPanel.build(model.status(), t),
                StatusBar.build(model.status(), reservations, t, this::signInAgain));
        root = new BorderPane(tabs, header(), null, bottom, null);
        root.getStyleClass().add("desk");
        // The screen may be styled ahead in a scene of its own and then moved into the window's: leaving a scene
        // is not the end of it (had it stopped following the list then, a changed row would clear the selection
        // and with it the details pane); the window says when it is done with it (close).
        root.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                shortcuts(scene);
            }
        });
        return root;
    }

    /**
     * Gets the room rack ready while staff leave the desk alone ({@link #QUIET} without a key, click or scroll): its
     * lines are read off the FX thread, then, after another quiet moment, its view is built in its tab while the tab
     * is not shown, where it is styled and laid out with the next pulse (up to about 0.3 s of the FX thread: the
     * skins, cells and CSS of a 15-column table). Choosing the tab then only draws it, and the lines are kept current
     * while it is off screen. Call once the desk is in the window; a rack already built is left as it is.
     */
    public void prepareRackWhenQuiet() {
        var scene = root.getScene();
        if (rackTab == null || scene == null) {
            return;
        }
        var rack = model.rack();
        WhenQuiet.run(scene, QUIET, () -> {
            if (root.getScene() != scene || rackTab.getContent() != null) {
                return;   // signed out, or the rack was chosen meanwhile
            }
            rack.readAhead();
            whenRead(() -> WhenQuiet.run(scene, QUIET, () -> {
                if (root.getScene() == scene && rackTab.getContent() == null) {
                    rackTab.setContent(RackView.build(rack, t));
                }
            }));
        });
    }

    private void whenRead(Runnable then) {
        var reading = model.rack().readingProperty();
        if (!reading.get()) {
            then.run();
            return;
        }
        reading.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (!now) {
                    reading.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /**
     * The room rack, built when first chosen unless built ahead; shown again as it was left, read again if the store
     * changed since.
     */
    private Tab rackTab() {
        var rackTab = new Tab(t.get("tab.rack"));
        rackTab.setId("rackTab");
        rackTab.setOnSelectionChanged(e -> {
            if (!rackTab.isSelected()) {
                model.rack().hidden();
                return;
            }
            if (rackTab.getContent() == null) {
                rackTab.setContent(RackView.build(model.rack(), t));
            }
            model.rack().show();
        });
        return rackTab;
    }

    /** The screen made by {@link #build()}. */
    public Parent root() {
        return root;
    }

    /** The screen is replaced (sign-out, another language) or was never shown: it stops following the view-model. */
    public void close() {
        if (selection != null) {
            selection.unbind();
        }
    }

    private Parent header() {
        var title = new Label(t.get("app.title"));
        title.getStyleClass().add("app-title");
        var user = new Label();
        user.setId("user");
        user.textProperty().bind(model.userProperty().map(name -> t.format("header.user", name)).orElse(""));
        var mode = new Label();
        mode.getStyleClass().add("muted");
        mode.textProperty().bind(model.modeProperty().map(m -> t.get("header.mode." + m.name())).orElse(""));
        var signOut = new Button(t.get("header.sign-out"));
        signOut.setId("signOut");
        signOut.setOnAction(e -> model.signOut(signedOut));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(12, title, spacer, user, mode);
        if (online != null) {
            bar.getChildren().addAll(StaffEntries.build(online, t, () -> root.getScene().getWindow()));
        }
        bar.getChildren().addAll(LanguagePicker.build(model.localeProperty().get(), languageChosen), signOut);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("header");
        return bar;
    }

    private void shortcuts(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(shortcut(KeyCode.DIGIT1), whileShown(() -> decide(Decision.CONFIRM)));
        keys.put(shortcut(KeyCode.DIGIT2), whileShown(() -> decide(Decision.REJECT)));
        keys.put(shortcut(KeyCode.DIGIT3), whileShown(() -> decide(Decision.CHECK_IN)));
        keys.put(shortcut(KeyCode.DIGIT4), whileShown(() -> decide(Decision.CHECK_OUT)));
        keys.put(shortcut(KeyCode.F), whileShown(() -> root.lookup("#search").requestFocus()));
    }

    private static KeyCodeCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** The scene keeps its accelerators after sign-out: they act only while this desk is on screen. */
    private Runnable whileShown(Runnable action) {
        return () -> {
            if (root.getScene() != null) {
                action.run();
            }
        };
    }

    private void decide(Decision decision) {
        var reservations = model.reservations();
        if (!reservations.canDecide(decision)) {
            return;
        }
        if (decision.needsReason()) {
            String guest = reservations.selectedProperty().get().booking().guestName();
            Dialogs.rejectReason(root.getScene().getWindow(), t, guest)
                    .ifPresent(reason -> reservations.decide(decision, reason));
        } else {
            reservations.decide(decision, null);
        }
    }

    /** Whether the selected booking can be changed now: reception, online, a status that allows it. */
    private javafx.beans.binding.BooleanBinding changeable(ReservationsViewModel reservations,
                                                           java.util.function.Predicate<String> byStatus) {
        var canBook = online.staff().canBook();
        var selected = reservations.selectedProperty();
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> canBook.get() && selected.get() != null
                && byStatus.test(selected.get().booking().status()), canBook, selected);
    }

    /** New dates for the selected booking (online); the desk's copy follows through the feed. */
    private void changeStay() {
        var selected = model.reservations().selectedProperty().get();
        if (selected != null) {
            StayChangeDialog.show(root.getScene().getWindow(), t, online.bookings().changeStay(selected.booking()));
        }
    }

    /** Another room type for the selected booking (online); the desk's copy follows through the feed. */
    private void changeRoomType() {
        var selected = model.reservations().selectedProperty().get();
        if (selected != null) {
            RoomTypeChangeDialog.show(root.getScene().getWindow(), t,
                    online.bookings().changeRoomType(selected.booking()));
        }
    }

    private void signInAgain() {
        Dialogs.password(root.getScene().getWindow(), t, model.userProperty().get(), null)
                .ifPresent(model::signInAgain);
    }
}
