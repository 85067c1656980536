package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.DeskRoom;
import gotohotel.desk.service.RoomStay;
import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.FakeDesk;
import gotohotel.desk.viewmodel.FakeRooms;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk gets the room rack ready while staff leave it alone after sign-in: read, then built, styled and laid out
 * in its tab while another tab is shown, so that choosing the tab only draws it.
 */
class RackAheadTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private FakeRooms rooms;
    private Scene scene;

    @BeforeEach
    void signedIn() throws Exception {
        FxToolkit.registerPrimaryStage();
        var desk = new FakeDesk();
        desk.add("Kim Min-ji", "STANDARD", TODAY, 2, "CONFIRMED");
        rooms = new FakeRooms(TODAY);
        rooms.add(new DeskRoom("101", "STANDARD", HousekeepingStatus.CLEAN, false, List.of(), false));
        rooms.stays(new RoomStay(UUID.randomUUID(), "Kim Min-ji", "CONFIRMED", "STANDARD", TODAY, TODAY.plusDays(2),
                "101", TODAY, TODAY.plusDays(2), false));
        var model = new DeskViewModel(desk, desk, rooms, new SameThreadExecutor(), Clock.systemDefaultZone());
        model.load();
        model.opened("mina", AccessService.Mode.OFFLINE);
        var view = new DeskView(model, new Texts(Locale.ENGLISH), () -> { }, locale -> { });
        FxToolkit.setupStage(stage -> {
            scene = new Scene(view.build(), 1280, 800);
            scene.getStylesheets().setAll(DeskFont.ofThisSystem().stylesheets());
            stage.setScene(scene);
            stage.show();
            view.prepareRackWhenQuiet();   // as the window does at sign-in
        });
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    @Test
    void theRackIsReadAndLaidOutInItsHiddenTabSoChoosingItReadsNothing() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> WaitForAsyncUtils.asyncFx(() ->
                scene.getRoot().lookupAll("#rack .table-cell").stream().anyMatch(cell -> cell instanceof Labeled l
                        && "Kim Min-ji".equals(l.getText()))).get());
        var tabs = (TabPane) scene.getRoot().lookup(".tab-pane");
        assertThat(tabs.getSelectionModel().getSelectedIndex()).as("still on the reservations").isZero();
        assertThat(rooms.racksRead).isEqualTo(1);

        FxToolkit.setupStage(stage -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rooms.racksRead).as("shown without another read").isEqualTo(1);
        assertThat(scene.getRoot().lookup("#rack").isVisible()).isTrue();
    }

    @Test
    void typingPutsTheRackOff() throws Exception {
        var robot = new FxRobot();
        FxToolkit.setupStage(stage -> scene.getRoot().lookup("#search").requestFocus());
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < until) {   // keys for 3 s, each handled before the next: never a quiet second
            robot.type(KeyCode.K);
            assertThat(rooms.racksRead).as("not read while staff type").isZero();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> rooms.racksRead == 1);
    }
}
