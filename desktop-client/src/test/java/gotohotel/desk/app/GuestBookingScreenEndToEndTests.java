package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.desk.service.DeskSetup;
import gotohotel.desk.service.RoomOffer;
import gotohotel.desk.sync.Backend;
import gotohotel.desk.viewmodel.BookingRow;
import gotohotel.testkit.WholeProduct;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * A walk-in booked at the desk (TestFX, headless) against the whole product over real HTTP: the room types left for
 * tonight read as the form opens, paid at the counter, the guest's access code shown once, and the guest checked in
 * to a room at once — the reservation reaching the desk through the changes feed like any other.
 */
@WholeProduct
@ExtendWith(Backend.Extension.class)
class GuestBookingScreenEndToEndTests {

    private static final Duration PATIENCE = Duration.ofSeconds(40);
    /** The demo hotel's (and the test backend's) time zone: the desk's today is the hotel's. */
    private static final ZoneId HOTEL = ZoneId.of("Asia/Seoul");
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
        window = DeskWindow.open(new DeskConfig(new DeskSetup(home, Clock.system(HOTEL), Duration.ofSeconds(1)),
                backend.baseUrl(), Locale.ENGLISH));
        FxToolkit.setupStage(stage -> window.show(stage));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupStage(Stage::hide);
        window.close();
    }

    @Test
    void aWalkInPaidAtTheCounterIsBookedShownItsCodeOnceCheckedInToARoomAndStaysANightLonger() {
        String guest = "Walk-in " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        signIn("admin", backend.adminPassword());
        await("the New booking entry, enabled once online").atMost(PATIENCE).until(() -> on(() ->
                robot.lookup("#newBooking").queryButton().isVisible()
                        && !robot.lookup("#newBooking").queryButton().isDisabled()));

        robot.clickOn("#newBooking");
        ComboBox<RoomOffer> offers = robot.lookup("#bookingRoomType").queryComboBox();
        await("tonight's room types read").atMost(PATIENCE).until(() -> on(() -> offers.getItems().stream()
                .anyMatch(offer -> offer.roomType().equals("STANDARD") && !offer.soldOut())));
        robot.interact(() -> offers.setValue(offers.getItems().stream()
                .filter(offer -> offer.roomType().equals("STANDARD")).findFirst().orElseThrow()));
        typeInDialog("#bookingGuest", guest);
        typeInDialog("#bookingPhone", "010-2222-3333");
        typeInDialog("#bookingReference", "CASH 0815");
        robot.clickOn("#bookingWalkIn");
        snapshot("#bookingGuest", "new-booking.png");
        clickWhenShown("#formOk");

        await("the booking taken, its code shown once").atMost(PATIENCE).until(() -> robot.lookup("#bookedToken")
                .tryQuery().isPresent());
        String code = on(() -> robot.lookup("#bookedToken").queryAs(TextField.class).getText());
        assertThat(code).hasSizeGreaterThan(20);
        await("the guest checked in at once").atMost(PATIENCE).untilAsserted(() ->
                assertThat(text("#walkInOutcome")).isEqualTo(guest + " is checked in: the room shows on the reservation."));
        robot.clickOn("#bookedClose");

        await("in house on the desk once the server applied it").atMost(PATIENCE).until(() -> shown().stream()
                .anyMatch(row -> row.booking().guestName().equals(guest)
                        && row.booking().status().equals("CHECKED_IN") && !row.booking().waiting()));

        // the guest stays a night longer: the night added is charged to a card, the desk follows through the feed
        var row = shown().stream().filter(r -> r.booking().guestName().equals(guest)).findFirst().orElseThrow();
        TableView<BookingRow> table = robot.lookup("#bookings").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#changeStay");
        var longer = row.booking().checkOut().plusDays(1);
        robot.interact(() -> robot.lookup("#stayCheckOut").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(longer));
        typeInDialog("#stayCardNumber", "4242424242424242");
        typeInDialog("#stayCardExpiry", "12/30");
        typeInDialog("#stayCardCvc", "123");
        clickWhenShown("#formOk");
        await("a night longer on the desk").atMost(PATIENCE).until(() -> shown().stream()
                .anyMatch(r -> r.booking().guestName().equals(guest) && r.booking().checkOut().equals(longer)
                        && r.booking().amount().compareTo(row.booking().amount()) > 0));
    }

    @Test
    void aPhoneBookingTakesADearerRoomTypePaidByCardBeforeTheGuestArrives() {
        String guest = "Phone " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        signIn("admin", backend.adminPassword());
        await("the New booking entry, enabled once online").atMost(PATIENCE).until(() -> on(() ->
                robot.lookup("#newBooking").queryButton().isVisible()
                        && !robot.lookup("#newBooking").queryButton().isDisabled()));
        robot.clickOn("#newBooking");
        ComboBox<RoomOffer> offers = robot.lookup("#bookingRoomType").queryComboBox();
        await("tonight's room types read").atMost(PATIENCE).until(() -> on(() -> offers.getItems().stream()
                .anyMatch(offer -> offer.roomType().equals("STANDARD") && !offer.soldOut())));
        robot.interact(() -> offers.setValue(offers.getItems().stream()
                .filter(offer -> offer.roomType().equals("STANDARD")).findFirst().orElseThrow()));
        typeInDialog("#bookingGuest", guest);
        typeInDialog("#bookingPhone", "010-4444-5555");
        typeInDialog("#bookingReference", "CASH 0816");
        clickWhenShown("#formOk");
        await("the booking taken").atMost(PATIENCE).until(() -> robot.lookup("#bookedToken").tryQuery().isPresent());
        robot.clickOn("#bookedClose");
        await("on the desk, not arrived yet").atMost(PATIENCE).until(() -> shown().stream()
                .anyMatch(row -> row.booking().guestName().equals(guest) && !row.booking().waiting()));

        // the guest calls back for a better room: the difference is charged to their card, the desk follows
        var row = shown().stream().filter(r -> r.booking().guestName().equals(guest)).findFirst().orElseThrow();
        TableView<BookingRow> table = robot.lookup("#bookings").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#changeRoomType");
        ComboBox<RoomOffer> types = robot.lookup("#roomTypeChoice").queryComboBox();
        await("the other room types read").atMost(PATIENCE).until(() -> on(() -> types.getItems().stream()
                .anyMatch(offer -> offer.roomType().equals("DELUXE") && !offer.soldOut())));
        assertThat(on(() -> types.getItems().stream().map(RoomOffer::roomType).toList())).doesNotContain("STANDARD");
        robot.interact(() -> types.setValue(types.getItems().stream()
                .filter(offer -> offer.roomType().equals("DELUXE")).findFirst().orElseThrow()));
        assertThat(text("#roomTypeDifference")).contains("more", "card");
        typeInDialog("#roomTypeCardNumber", "4242424242424242");
        typeInDialog("#roomTypeCardExpiry", "12/30");
        typeInDialog("#roomTypeCardCvc", "123");
        snapshot("#roomTypeChoice", "change-room-type.png");
        clickWhenShown("#formOk");
        await("the new type and price on the desk").atMost(PATIENCE).until(() -> shown().stream()
                .anyMatch(r -> r.booking().guestName().equals(guest) && r.booking().roomType().equals("DELUXE")
                        && r.booking().amount().compareTo(row.booking().amount()) > 0));
    }

    /**
     * Clicks once the node lies within its window: a dialog whose rows just appeared (the card's) grows to fit them a
     * moment later, and TestFX refuses a button still outside the window until then.
     */
    private void clickWhenShown(String query) {
        await(query + " within its window").atMost(PATIENCE).until(() -> robot.lookup(query)
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(query);
    }

    private void signIn(String username, String password) {
        replaceText("#username", username);
        replaceText("#password", password);
        robot.clickOn("#signIn");
        await("the desk open").atMost(PATIENCE).until(() -> robot.lookup("#bookings").tryQuery().isPresent());
    }

    /** The dialog as staff see it: in target/, and in docs/images/ with -Ddesk.screenshot=docs (the README's). */
    private void snapshot(String nodeInScene, String name) {
        on(() -> {
            var image = javafx.embed.swing.SwingFXUtils.fromFXImage(robot.lookup(nodeInScene).query().getScene()
                    .snapshot(null), null);
            javax.imageio.ImageIO.write(image, "png", Path.of("target", name).toFile());
            if ("docs".equals(System.getProperty("desk.screenshot"))) {
                Path root = Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", "..")).toAbsolutePath().normalize();
                javax.imageio.ImageIO.write(image, "png", java.nio.file.Files.createDirectories(
                        root.resolve("docs/images")).resolve(name).toFile());
            }
            return null;
        });
    }

    private List<BookingRow> shown() {
        TableView<BookingRow> table = robot.lookup("#bookings").queryTableView();
        return on(() -> List.copyOf(table.getItems()));
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
