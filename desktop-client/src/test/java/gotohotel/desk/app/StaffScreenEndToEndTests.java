package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.desk.service.DeskSetup;
import gotohotel.desk.service.StaffMember;
import gotohotel.desk.sync.Backend;
import gotohotel.testkit.WholeProduct;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
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
 * The Staff screen as a manager uses it (TestFX, headless) against the whole product over real HTTP: the admin
 * creates a receptionist, who can then sign in and sees no Staff entry; a guessable password is refused readably.
 */
@WholeProduct
@ExtendWith(Backend.Extension.class)
class StaffScreenEndToEndTests {

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
    void theAdminCreatesAReceptionistWhoSignsInWithoutAStaffEntry() {
        String username = "mina-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("admin", backend.adminPassword());
        await("the Staff entry, enabled once online").atMost(PATIENCE).until(() -> on(() ->
                robot.lookup("#staff").queryButton().isVisible() && !robot.lookup("#staff").queryButton().isDisabled()));

        robot.clickOn("#staff");
        await("the accounts listed").atMost(PATIENCE).until(() -> accounts().stream()
                .anyMatch(a -> a.username().equals("admin")));
        robot.clickOn("#staffNew");
        typeInDialog("#newUsername", username);
        typeInDialog("#displayName", "Kim Mina");
        chooseRole("RECEPTIONIST");
        typeInDialog("#firstPassword", "password123");
        robot.clickOn("#formOk");

        await("the weak password refused under its field").atMost(PATIENCE).untilAsserted(() ->
                assertThat(text("#passwordError")).startsWith("Password is too easy to guess"));
        snapshot("#formOk", "staff-screen-e2e-refused");
        assertThat(text("#formError")).isEqualTo("The server did not accept the form: see the notes under the fields.");
        assertThat(robot.lookup("#formOk").tryQuery()).as("the form stays open to correct").isPresent();

        typeInDialog("#firstPassword", "violet tractor singing harbour");
        robot.clickOn("#formOk");
        await("the receptionist listed").atMost(PATIENCE).until(() -> accounts().contains(
                new StaffMember(username, "Kim Mina", gotohotel.shared.api.StaffRole.RECEPTIONIST, true)));
        assertThat(robot.lookup("#formOk").tryQuery()).isEmpty();
        snapshot("#staffAccounts", "staff-screen-e2e-created");
        robot.clickOn("#staffClose");
        robot.clickOn("#signOut");
        await("the sign-in form").atMost(PATIENCE).until(() -> robot.lookup("#signIn").tryQuery().isPresent());

        signIn(username, "violet tractor singing harbour");
        assertThat(text("#user")).isEqualTo("Signed in as " + username);
        await("online").atMost(PATIENCE).until(() -> text("#online").equals("Online"));
        assertThat(on(() -> robot.lookup("#staffEntry").queryAs(Node.class).isVisible()))
                .as("a receptionist sees no Staff entry").isFalse();
        assertThat(on(() -> robot.lookup("#ownPassword").queryButton().isDisabled()))
                .as("but may change their own password").isFalse();
    }

    private void signIn(String username, String password) {
        replaceText("#username", username);
        replaceText("#password", password);
        robot.clickOn("#signIn");
        await("the desk open").atMost(PATIENCE).until(() -> robot.lookup("#bookings").tryQuery().isPresent());
    }

    /** A dialog's field: clicked first, so that the dialog's window has the keyboard. */
    private void typeInDialog(String field, String text) {
        TextInputControl input = robot.lookup(field).queryTextInputControl();
        robot.clickOn(input);
        robot.interact(input::selectAll);
        robot.write(text);
    }

    private void snapshot(String nodeInScene, String name) {
        on(() -> {
            var image = robot.lookup(nodeInScene).query().getScene().snapshot(null);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of("target", name + ".png").toFile());
            return null;
        });
    }

    private void chooseRole(String role) {
        ComboBox<gotohotel.shared.api.StaffRole> box = robot.lookup("#role").queryComboBox();
        robot.interact(() -> box.setValue(gotohotel.shared.api.StaffRole.valueOf(role)));
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

    private List<StaffMember> accounts() {
        TableView<StaffMember> table = robot.lookup("#staffAccounts").queryTableView();
        return on(() -> List.copyOf(table.getItems()));
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
