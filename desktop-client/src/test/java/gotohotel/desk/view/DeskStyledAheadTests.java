package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.Decision;
import gotohotel.desk.viewmodel.BookingRow;
import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.FakeDesk;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk window styles and lays out the desk screen in a scene of its own once Enter is pressed, and moves it
 * into the window at sign-in: the moved screen must work as one built in place.
 */
class DeskStyledAheadTests {

    @Test
    void aScreenStyledInAnotherSceneKeepsTheSelectedBookingAndItsHistoryWhenADecisionChangesTheRow() throws Exception {
        var model = signedInWithTwoPendingBookings();

        WaitForAsyncUtils.asyncFx(() -> {
            var view = new DeskView(model, new Texts(Locale.ENGLISH), () -> { }, locale -> { });
            var root = view.build();
            var staging = new Scene(root, 1200, 700);   // styled ahead, as once Enter is pressed
            staging.getStylesheets().setAll(DeskFont.ofThisSystem().stylesheets());
            root.applyCss();
            root.layout();
            staging.setRoot(new Group());               // then moved into the window's scene at sign-in
            var window = new Scene(root, 1200, 700);
            root.applyCss();
            root.layout();

            @SuppressWarnings("unchecked")
            var table = (TableView<BookingRow>) root.lookup("#bookings");
            table.getSelectionModel().select(0);
            String guest = table.getSelectionModel().getSelectedItem().booking().guestName();
            model.reservations().decide(Decision.CONFIRM, null);   // the row is replaced in the list
            root.applyCss();
            root.layout();

            assertThat(model.reservations().selectedProperty().get()).as("still selected").isNotNull();
            assertThat(model.reservations().selectedProperty().get().booking().status()).isEqualTo("CONFIRMED");
            assertThat(((Label) root.lookup("#detailGuest")).getText()).isEqualTo(guest);
            assertThat(root.lookup("#history")).as("the details pane's history").isNotNull();
            assertThat(root.getScene()).isSameAs(window);
            return null;
        }).get();
    }

    @Test
    void aClosedScreenDoesNotClearTheSelectionOfTheScreenOnShow() throws Exception {
        var model = signedInWithTwoPendingBookings();

        WaitForAsyncUtils.asyncFx(() -> {
            var old = new DeskView(model, new Texts(Locale.ENGLISH), () -> { }, locale -> { });
            var oldRoot = old.build();
            var window = new Scene(oldRoot, 1200, 700);
            oldRoot.applyCss();
            oldRoot.layout();
            @SuppressWarnings("unchecked")
            var oldTable = (TableView<BookingRow>) oldRoot.lookup("#bookings");
            oldTable.getSelectionModel().select(0);

            old.close();                                // replaced, as by another language
            var now = new DeskView(model, new Texts(Locale.KOREAN), () -> { }, locale -> { });
            window.setRoot(now.build());
            window.getRoot().applyCss();
            window.getRoot().layout();
            model.reservations().decide(Decision.CONFIRM, null);   // the row is replaced in the list

            assertThat(model.reservations().selectedProperty().get()).as("still selected").isNotNull();
            assertThat(window.getRoot().lookup("#history")).isNotNull();
            return null;
        }).get();
    }

    private static DeskViewModel signedInWithTwoPendingBookings() throws Exception {
        FxToolkit.registerPrimaryStage();
        var desk = new FakeDesk();
        desk.add("Kim Min-ji", "DELUXE", LocalDate.now(), 2, "PENDING_CONFIRMATION");
        desk.add("Park Seo-yeon", "STANDARD", LocalDate.now().plusDays(1), 1, "PENDING_CONFIRMATION");
        var model = new DeskViewModel(desk, desk, new SameThreadExecutor(), Clock.systemDefaultZone());
        model.load();
        model.opened("mina", AccessService.Mode.OFFLINE);
        return model;
    }
}
