package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.desk.service.DeskSetup;
import gotohotel.desk.service.ManagedRoom;
import gotohotel.desk.sync.Backend;
import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.testkit.WholeProduct;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Rooms screen as a manager uses it (TestFX, headless) against the whole product over real HTTP: a new room,
 * a number already taken refused in words, a rename with the out-of-service flag, out of order for two nights and
 * back in order — each as the server then holds it (the list read again from the server).
 */
@WholeProduct
@ExtendWith(Backend.Extension.class)
class RoomsScreenEndToEndTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static Backend backend;

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private DeskWindow window;

    @BeforeAll
    static void toolkit(Backend running) throws Exception {
        backend = running;
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void desk() throws Exception {
        window = DeskWindow.open(new DeskConfig(new DeskSetup(home, Clock.systemDefaultZone(), Duration.ofSeconds(1)),
                backend.baseUrl(), Locale.ENGLISH));
        FxToolkit.setupStage(stage -> window.show(stage));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupStage(Stage::hide);
        window.close();
    }

    @Test
    void aManagerAddsRenamesAndTakesARoomOutOfOrderAndBack() {
        String number = "Z" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String renamed = "Y" + number.substring(1);
        signIn("admin", backend.adminPassword());
        await("the Rooms entry, enabled once online").atMost(PATIENCE).until(() -> on(() ->
                robot.lookup("#roomsScreen").queryButton().isVisible()
                        && !robot.lookup("#roomsScreen").queryButton().isDisabled()));
        robot.clickOn("#roomsScreen");
        await("the seed hotel's rooms listed").atMost(PATIENCE).until(() -> room("101").isPresent());

        robot.clickOn("#roomNew");
        typeInDialog("#roomNumber", "101");
        chooseType("DELUXE");
        robot.clickOn("#formOk");
        await("a number taken refused in words").atMost(PATIENCE).untilAsserted(() ->
                assertThat(text("#formError")).isEqualTo("There is already a room 101: choose another number."));
        typeInDialog("#roomNumber", number);
        robot.clickOn("#formOk");
        await("the new room listed").atMost(PATIENCE).until(() -> room(number).isPresent());
        assertThat(room(number).orElseThrow()).isEqualTo(new ManagedRoom(number, "DELUXE", HousekeepingStatus.CLEAN,
                false, List.of()));

        select(number);
        robot.clickOn("#roomEdit");
        typeInDialog("#roomNumber", renamed);
        robot.interact(() -> robot.lookup("#roomOutOfService").queryAs(CheckBox.class).setSelected(true));
        robot.clickOn("#formOk");
        await("renamed and flagged").atMost(PATIENCE).until(() -> room(renamed).map(ManagedRoom::outOfService)
                .orElse(false));
        assertThat(room(number)).isEmpty();

        LocalDate tomorrow = LocalDate.now().plusDays(1);
        select(renamed);
        robot.clickOn("#roomOutOfOrder");
        robot.interact(() -> {
            robot.lookup("#outOfOrderFrom").queryAs(DatePicker.class).setValue(tomorrow.plusDays(2));
            robot.lookup("#outOfOrderUntil").queryAs(DatePicker.class).setValue(tomorrow);
        });
        typeInDialog("#outOfOrderReason", "new carpet");
        robot.clickOn("#formOk");
        await("dates the wrong way round refused before sending").atMost(PATIENCE).untilAsserted(() ->
                assertThat(text("#untilError")).isEqualTo("The room must be back after its first night out of order:"
                        + " choose a later date."));
        robot.interact(() -> {
            robot.lookup("#outOfOrderFrom").queryAs(DatePicker.class).setValue(tomorrow);
            robot.lookup("#outOfOrderUntil").queryAs(DatePicker.class).setValue(tomorrow.plusDays(2));
        });
        robot.clickOn("#formOk");
        await("out of order for two nights").atMost(PATIENCE).until(() -> room(renamed)
                .map(r -> r.outOfOrder().size() == 1).orElse(false));
        var period = room(renamed).orElseThrow().outOfOrder().get(0);
        assertThat(List.of(period.from(), period.until(), period.reason()))
                .containsExactly(tomorrow, tomorrow.plusDays(2), "new carpet");

        robot.clickOn("#roomsRefresh");   // as the server holds it, not as the screen kept it
        await("read again from the server").atMost(PATIENCE).until(() -> room(renamed)
                .map(r -> r.outOfOrder().size() == 1 && r.outOfService()).orElse(false));
        select(renamed);
        robot.clickOn("#roomBackInOrder");
        robot.clickOn("#confirmOk");
        await("back in order").atMost(PATIENCE).until(() -> room(renamed).map(r -> r.outOfOrder().isEmpty())
                .orElse(false));
        robot.clickOn("#roomsRefresh");
        await("back in order on the server").atMost(PATIENCE).until(() -> room(renamed)
                .map(r -> r.outOfOrder().isEmpty()).orElse(false));
        assertThat(text("#roomsError")).isEmpty();
        robot.clickOn("#roomsClose");
    }

    private void signIn(String username, String password) {
        replaceText("#username", username);
        replaceText("#password", password);
        robot.clickOn("#signIn");
        await("the desk open").atMost(PATIENCE).until(() -> robot.lookup("#bookings").tryQuery().isPresent());
    }

    private Optional<ManagedRoom> room(String number) {
        TableView<ManagedRoom> table = robot.lookup("#rooms").queryTableView();
        return on(() -> table.getItems().stream().filter(r -> r.number().equals(number)).findFirst());
    }

    private void select(String number) {
        TableView<ManagedRoom> table = robot.lookup("#rooms").queryTableView();
        robot.interact(() -> table.getItems().stream().filter(r -> r.number().equals(number)).findFirst()
                .ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                }));
    }

    private void chooseType(String type) {
        ComboBox<String> box = robot.lookup("#roomType").queryComboBox();
        robot.interact(() -> box.setValue(type));
    }

    /** A dialog's field: clicked first, so that the dialog's window has the keyboard. */
    private void typeInDialog(String field, String text) {
        TextInputControl input = robot.lookup(field).queryTextInputControl();
        robot.clickOn(input);
        robot.interact(input::selectAll);
        robot.write(text);
    }

    /** Focuses the field and selects its text on the FX thread, then types (see DeskAppEndToEndTests). */
    private void replaceText(String field, String text) {
        TextInputControl input = robot.lookup(field).queryTextInputControl();
        robot.interact(() -> {
            input.requestFocus();
            input.selectAll();
        });
        robot.write(text);
    }

    private String text(String query) {
        Label label = robot.lookup(query).queryAs(Label.class);
        return on(label::getText);
    }

    private static <T> T on(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
