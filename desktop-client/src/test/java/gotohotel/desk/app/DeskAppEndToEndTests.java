package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.desk.service.DeskSetup;
import gotohotel.desk.sync.Backend;
import gotohotel.desk.sync.FaultyProxy;
import gotohotel.desk.sync.Guests;
import gotohotel.desk.view.DeskFont;
import gotohotel.desk.viewmodel.BookingRow;
import gotohotel.testkit.WholeProduct;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
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
 * The desk as staff use it (TestFX, headless under Monocle) against the whole product over real HTTP, through a
 * proxy the tests cut to play a network outage. One backend serves every desk test of the run.
 */
@WholeProduct
@ExtendWith(Backend.Extension.class)
class DeskAppEndToEndTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static Backend backend;

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private FaultyProxy proxy;
    private DeskWindow window;

    @BeforeAll
    static void toolkit(Backend running) throws Exception {
        backend = running;
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void desk() throws Exception {
        proxy = new FaultyProxy(backend.port());
        window = DeskWindow.open(new DeskConfig(new DeskSetup(home, Clock.systemDefaultZone(), Duration.ofSeconds(1)),
                proxy.baseUrl(), Locale.ENGLISH));
        FxToolkit.setupStage(stage -> window.show(stage));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupStage(Stage::hide);
        window.close();
        proxy.close();
    }

    @Test
    void staffSignInSeeAPaidBookingArriveAndConfirmIt() {
        assertThat(windowStylesheets()).as("the window's scene draws in the font chosen for this system")
                .contains(on(DeskFont::ofThisSystem).stylesheet());
        signIn();
        assertThat(text("#user")).isEqualTo("Signed in as admin");
        assertThat(windowStylesheets()).as("the desk screen too").contains(on(DeskFont::ofThisSystem).stylesheet());
        await("online").atMost(PATIENCE).until(() -> text("#online").equals("Online"));

        var order = backend.guests().book();
        search(order);
        await("the paid booking on the desk, without a click").atMost(PATIENCE).until(() -> shown().size() == 1);
        var booking = shown().get(0).booking();
        assertThat(booking.status()).isEqualTo("PENDING_CONFIRMATION");

        clickFirstRow();
        robot.clickOn("#confirm");

        assertThat(shown().get(0).booking().status()).isEqualTo("CONFIRMED");
        await("confirmed on the server").atMost(PATIENCE)
                .until(() -> "CONFIRMED".equals(backend.database().reservationStatus(booking.id())));
        await("nothing waiting").atMost(PATIENCE).until(() -> text("#queued").equals("0 waiting to sync")
                && !shown().get(0).booking().waiting());
        await("the history from the server").atMost(PATIENCE).until(() -> history().stream()
                .anyMatch(line -> line.contains("who=Administrator") && line.contains("action=CONFIRM")
                        && line.contains("pending=false")));
    }

    @Test
    void offlineDecisionsQueueAndDrainWhenTheLinkReturnsEvenAfterAnOfflineSignIn() {
        signIn();
        var order = backend.guests().book();
        search(order);
        await("the paid booking on the desk").atMost(PATIENCE).until(() -> shown().size() == 1);
        UUID id = shown().get(0).booking().id();
        robot.clickOn("#signOut");
        await("the sign-in form").atMost(PATIENCE).until(() -> robot.lookup("#signIn").tryQuery().isPresent());

        proxy.linkDown();
        signIn();
        await("opened offline").atMost(PATIENCE).until(() -> text("#online").equals("Offline"));
        search(order);
        await("the booking from the local store").atMost(PATIENCE).until(() -> shown().size() == 1);
        clickFirstRow();
        robot.clickOn("#confirm");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);   // check in

        // offline, the check-in gives the guest the best free room the desk's cache shows, queued before it
        await("both decisions and the room shown and queued").atMost(PATIENCE).until(() -> text("#queued").equals(
                "3 waiting to sync"));
        assertThat(shown().get(0).booking().status()).isEqualTo("CHECKED_IN");
        assertThat(shown().get(0).booking().waiting()).isTrue();
        assertThat(backend.database().reservationStatus(id)).isEqualTo("PENDING_CONFIRMATION");

        proxy.linkUp();

        await("the queue drained").atMost(PATIENCE).until(() -> text("#queued").equals("0 waiting to sync"));
        await("online").atMost(PATIENCE).until(() -> text("#online").equals("Online"));
        assertThat(backend.database().reservationStatus(id)).isEqualTo("CHECKED_IN");
        assertThat(backend.database().count("SELECT count(*) FROM room_stay_night WHERE reservation_id = ?", id))
                .as("the guest was checked in to a room").isPositive();
    }

    @Test
    void aRejectionDemandsAReason() {
        signIn();
        UUID id = selectOnTheDesk(backend.guests().book());

        robot.clickOn("#reject");
        assertThat(robot.lookup("#rejectOk").queryButton().isDisabled()).isTrue();
        robot.clickOn("#reason").write("   ");
        assertThat(robot.lookup("#rejectOk").queryButton().isDisabled()).isTrue();
        robot.write("Pipe burst in the room");
        assertThat(robot.lookup("#rejectOk").queryButton().isDisabled()).isFalse();
        robot.clickOn("#rejectOk");

        assertThat(shown().get(0).booking().status()).isEqualTo("REJECTED");
        await("rejected on the server").atMost(PATIENCE)
                .until(() -> "REJECTED".equals(backend.database().reservationStatus(id)));
    }

    @Test
    void aConflictIsShownAndStaffDismissIt() {
        signIn();
        var order = backend.guests().book();
        UUID id = selectOnTheDesk(order);

        proxy.linkDown();
        await("offline").atMost(PATIENCE).until(() -> text("#online").equals("Offline"));
        robot.clickOn("#confirm");
        backend.guests().cancel(order);
        await("cancelled on the server").atMost(PATIENCE)
                .until(() -> "CANCELLED".equals(backend.database().reservationStatus(id)));
        proxy.linkUp();

        await("the conflict shown").atMost(PATIENCE).until(() -> conflicts().size() == 1);
        assertThat(shown().get(0).booking().status()).isEqualTo("CANCELLED");
        assertThat(robot.lookup("#conflicts").queryAs(Node.class).isVisible()).isTrue();
        await("the conflict says why in the desk's words").atMost(PATIENCE).until(() -> on(() -> robot
                .lookup("#conflicts .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(label -> label.getText().contains("Confirm not applied: the reservation changed on the "
                        + "server first and is Cancelled now"))));

        await("the conflict's Dismiss button").atMost(PATIENCE)
                .until(() -> robot.lookup(".dismiss").tryQuery().isPresent());
        robot.clickOn(".dismiss");

        await("the conflict dismissed").atMost(PATIENCE).until(() -> conflicts().isEmpty());
        assertThat(on(() -> robot.lookup("#conflicts").queryAs(Node.class).getParent().isVisible())).isFalse();
    }

    @Test
    void anotherBookingsHistoryShowsWhatThisDeskKnowsWithinASecondWhileTheServerIsSilent() {
        signIn();
        var first = backend.guests().book();
        var second = backend.guests().book();
        selectOnTheDesk(first);
        await("the first booking's history from the server").atMost(PATIENCE)
                .until(() -> history().stream().anyMatch(line -> line.contains("action=CREATE")));
        search(second);
        await("the second booking on the desk").atMost(PATIENCE).until(() -> shown().size() == 1
                && shown().get(0).booking().orderId().equals(second.orderId()));
        var secondBooking = shown().get(0).booking();

        proxy.silent();   // as a paused server: connections taken, nothing answered
        long clicked = System.nanoTime();
        clickFirstRow();

        assertThat(text("#detailGuest")).isEqualTo(secondBooking.guestName());
        assertThat(history()).as("none of the first booking's lines under the second guest's name")
                .noneMatch(line -> line.contains("action=CREATE"));
        await("what this desk knows of the second booking").atMost(Duration.ofSeconds(1))
                .until(() -> visible("#historyFromThisDesk") && !history().isEmpty());
        long shownAfter = (System.nanoTime() - clicked) / 1_000_000;
        assertThat(history()).hasSize(1).allMatch(line -> line.contains("status=PENDING_CONFIRMATION")
                && line.contains("action=null"));
        assertThat(shownAfter).as("ms from the click to this desk's history").isLessThan(1_000);
        org.slf4j.LoggerFactory.getLogger(DeskAppEndToEndTests.class)
                .info("The desk's own history of a booking showed {} ms after the click", shownAfter);

        proxy.answering();
        await("the server's history once it answers again").atMost(PATIENCE)
                .until(() -> history().stream().anyMatch(line -> line.contains("action=CREATE"))
                        && !visible("#historyFromThisDesk"));
    }

    /** The first row of the reservations table (the occupancy tab has a table too). */
    /** Finds the guest's paid booking on the desk and selects it; its reservation id. */
    private UUID selectOnTheDesk(Guests.PaidOrder order) {
        search(order);
        await("the paid booking on the desk").atMost(PATIENCE).until(() -> shown().size() == 1);
        UUID id = shown().get(0).booking().id();
        clickFirstRow();
        return id;
    }

    private void clickFirstRow() {
        Node row = robot.from(robot.lookup("#bookings").queryAs(Node.class)).lookup(".table-row-cell")
                .match((Node node) -> node instanceof javafx.scene.control.TableRow<?> tableRow
                        && tableRow.getIndex() == 0 && tableRow.getItem() != null && node.isVisible()
                        && node.getParent().isVisible())
                .query();
        robot.clickOn(row);
    }

    private void signIn() {
        replaceText("#username", "admin");
        robot.clickOn("#password").write(backend.adminPassword());
        robot.clickOn("#signIn");
        await("the desk open").atMost(PATIENCE).until(() -> robot.lookup("#bookings").tryQuery().isPresent());
    }

    private void search(Guests.PaidOrder order) {
        replaceText("#search", order.orderId().toString());
    }

    /**
     * Focuses the field and selects its text on the FX thread, then types: TestFX's click measures the field on the
     * test thread, which races the FX thread's layout of a screen that sync updates keep changing (a text node's
     * layout cache read while it is rebuilt).
     */
    private void replaceText(String field, String text) {
        TextInputControl input = robot.lookup(field).queryTextInputControl();
        robot.interact(() -> {
            input.requestFocus();
            input.selectAll();
        });
        robot.write(text);
    }

    private List<String> windowStylesheets() {
        return on(() -> List.copyOf(FxToolkit.toolkitContext().getRegisteredStage().getScene().getStylesheets()));
    }

    private List<BookingRow> shown() {
        TableView<BookingRow> table = robot.lookup("#bookings").queryTableView();
        return on(() -> List.copyOf(table.getItems()));
    }

    private List<String> history() {
        ListView<?> list = robot.lookup("#history").queryListView();
        return on(() -> list.getItems().stream().map(Object::toString).toList());
    }

    private List<?> conflicts() {
        ListView<?> list = robot.lookup("#conflicts").queryListView();
        return on(() -> List.copyOf(list.getItems()));
    }

    private boolean visible(String query) {
        Node node = robot.lookup(query).query();
        return on(node::isVisible);
    }

    private String text(String query) {
        Label label = robot.lookup(query).queryAs(Label.class);
        return on(label::getText);
    }

    private void snapshot(String name) {
        on(() -> {
            var image = robot.listTargetWindows().get(0).getScene().snapshot(null);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of("target", name + ".png").toFile());
            return null;
        });
    }

    /** Reads the scene on the FX thread. */
    private static <T> T on(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
