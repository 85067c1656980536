package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.DeskRoom;
import gotohotel.desk.service.RoomStay;
import gotohotel.desk.viewmodel.FakeRooms;
import gotohotel.desk.viewmodel.RackRow;
import gotohotel.desk.viewmodel.RackViewModel;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.RoomView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The room rack on a screen (Monocle): the keyboard assigns a stay to a room, and the rack with the seed hotel's floor
 * plan is written as PNGs at 1280×800 in English and Korean — to {@code target/room-rack*.png}, and to
 * {@code docs/images/} with {@code -Ddesk.screenshot=docs} (the README's picture).
 */
class RackViewTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    @Test
    void arrowsAndEnterChooseAStayAndThenARoomThatGetsIt() throws Exception {
        var rooms = new FakeRooms(TODAY);
        var rack = show(rooms, Locale.ENGLISH, "room-rack.png");
        @SuppressWarnings("unchecked")
        var table = (TableView<RackLines.Line>) stage.getScene().lookup("#rack");
        int lee = indexOf(table, r -> r.kind() == RackRow.Kind.UNASSIGNED && r.roomType().equals("STANDARD"));
        FxToolkit.setupStage(s -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(lee - 1, table.getColumns().get(1));
            table.getFocusModel().focus(lee - 1, table.getColumns().get(1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        var robot = new FxRobot();

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);   // onto Lee's night with no room yet, and choose it
        assertThat(rack.chosenProperty().get().guestName()).isEqualTo("Lee Jun-ho");
        assertThat(((Label) stage.getScene().lookup("#rackMessage")).getText()).contains("Lee Jun-ho");
        int free = indexOf(table, r -> r.kind() == RackRow.Kind.ROOM && r.room().number().equals("108"));
        robot.type(KeyCode.UP, lee - free).type(KeyCode.ENTER);   // up to room 108, and give it

        assertThat(rack.chosenProperty().get()).isNull();
        int in108 = indexOf(table, r -> r.kind() == RackRow.Kind.ROOM && r.room().number().equals("108"));
        assertThat(table.getItems().get(in108).get().stayOn(0).guestName()).isEqualTo("Lee Jun-ho");
        assertThat(table.getItems().get(in108).get().stayOn(0).waiting()).isTrue();

        robot.type(KeyCode.D);   // the cursor stayed on 108 while the rack was read again: its housekeeping
        assertThat(table.getItems().get(in108).get().room().housekeeping()).isEqualTo(HousekeepingStatus.DIRTY);
    }

    @Test
    void aChangedLineIsReplacedAloneAndTheCursorStaysOnIt() throws Exception {
        show(new FakeRooms(TODAY), Locale.ENGLISH, null);
        @SuppressWarnings("unchecked")
        var table = (TableView<RackLines.Line>) stage.getScene().lookup("#rack");
        int in103 = indexOf(table, r -> r.kind() == RackRow.Kind.ROOM && r.room().number().equals("103"));
        var above = table.getItems().get(in103 - 1).get();
        var line = table.getItems().get(in103);
        FxToolkit.setupStage(s -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(in103, table.getColumns().get(3));
            table.getFocusModel().focus(in103, table.getColumns().get(3));
        });
        WaitForAsyncUtils.waitForFxEvents();
        var robot = new FxRobot();

        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems().get(in103).get().room().housekeeping()).isEqualTo(HousekeepingStatus.CLEAN);
        assertThat(table.getItems().get(in103 - 1).get()).isSameAs(above);   // only the changed line was replaced,
        assertThat(table.getItems().get(in103)).isSameAs(line);   // in its place: the table's lines did not change
        assertThat(table.getFocusModel().getFocusedCell().getRow()).isEqualTo(in103);
        assertThat(table.getFocusModel().getFocusedCell().getTableColumn()).isSameAs(table.getColumns().get(3));
        assertThat(stage.getScene().lookup("#rackReading").isVisible()).isFalse();
        robot.type(KeyCode.I);
        assertThat(table.getItems().get(in103).get().room().housekeeping()).isEqualTo(HousekeepingStatus.INSPECTED);
    }

    @Test
    void theStayPointedAtGivesTheRacksOneTooltipItsWords() throws Exception {
        show(new FakeRooms(TODAY), Locale.ENGLISH, null);
        var named = stage.getScene().getRoot().lookupAll("#rack .table-cell").stream()
                .map(TableCell.class::cast).filter(cell -> cell.getTableColumn() != null
                        && cell.getTableColumn().getTableView().getColumns().indexOf(cell.getTableColumn()) > 0
                        && cell.getText() != null && cell.getText().startsWith("Lee")).toList();
        assertThat(named).isNotEmpty();
        var robot = new FxRobot();

        robot.moveTo(named.get(0));

        var tooltip = named.get(0).getTooltip();
        assertThat(tooltip.getText()).contains("Lee Jun-ho");
        assertThat(stage.getScene().getRoot().lookupAll("#rack .table-cell").stream().map(TableCell.class::cast)
                .map(TableCell::getTooltip).filter(java.util.Objects::nonNull).distinct()).containsExactly(tooltip);
    }

    @Test
    void rendersTheRackInKorean() throws Exception {
        show(new FakeRooms(TODAY), Locale.KOREAN, "room-rack-ko.png");

        assertThat(((Label) stage.getScene().lookup("#rackMessage")).getText()).contains("화살표");
        assertThat(Files.size(root().resolve("desktop-client/target/room-rack-ko.png"))).isGreaterThan(10_000);
    }

    private RackViewModel show(FakeRooms rooms, Locale locale, String picture) throws Exception {
        sample(rooms, locale == Locale.KOREAN);
        var rack = new RackViewModel(rooms, new SameThreadExecutor());
        var texts = new Texts(locale);
        FxToolkit.setupStage(s -> {
            var scene = new Scene(RackView.build(rack, texts), 1280, 800);
            scene.getStylesheets().setAll(DeskFont.ofThisSystem().stylesheets());
            s.setScene(scene);
            s.show();
            rack.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (picture == null) {
            return rack;
        }
        var image = new AtomicReference<WritableImage>();
        FxToolkit.setupStage(s -> image.set(s.getScene().snapshot(null)));
        Path target = root().resolve("desktop-client/target/" + picture);
        Files.createDirectories(target.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", target.toFile());
        if ("docs".equals(System.getProperty("desk.screenshot"))) {
            Path docs = Files.createDirectories(root().resolve("docs/images"));
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", docs.resolve(picture).toFile());
        }
        assertThat(image.get().getWidth()).isEqualTo(1280);
        return rack;
    }

    private static int indexOf(TableView<RackLines.Line> table, java.util.function.Predicate<RackRow> line) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (line.test(table.getItems().get(i).get())) {
                return i;
            }
        }
        throw new AssertionError("no such line");
    }

    private static Path root() {
        return Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", "..")).toAbsolutePath().normalize();
    }

    /** The seed hotel's floor plan with a fortnight's stays: in house, arriving, a move, out of order. */
    private static void sample(FakeRooms rooms, boolean korean) {
        var plan = List.of(new Object[] {"STANDARD", 101, 10}, new Object[] {"DELUXE", 201, 8},
                new Object[] {"FAMILY", 301, 5}, new Object[] {"SUITE", 501, 2});
        var marks = HousekeepingStatus.values();
        int k = 0;
        for (var type : plan) {
            for (int n = 0; n < (int) type[2]; n++, k++) {
                String number = String.valueOf((int) type[1] + n);
                var outOfOrder = number.equals("205") ? List.of(new RoomView.OutOfOrder(1, TODAY.plusDays(3),
                        TODAY.plusDays(6), korean ? "누수 수리" : "leak repair")) : List.<RoomView.OutOfOrder>of();
                rooms.add(new DeskRoom(number, (String) type[0], marks[k % 3 == 2 ? 1 : k % 5 == 0 ? 2 : 0],
                        number.equals("303"), outOfOrder, false));
            }
        }
        String[][] stays = {
            {"Kim Min-ji", "김민지", "CHECKED_IN", "STANDARD", "-2", "3", "101"},
            {"Sophie Martin", "소피 마르탱", "CHECKED_IN", "STANDARD", "-1", "2", "102"},
            {"Park Seo-yeon", "박서연", "CONFIRMED", "STANDARD", "0", "4", "103"},
            {"Choi Ha-eun", "최하은", "CONFIRMED", "STANDARD", "2", "6", "101"},
            {"Jung Woo-jin", "정우진", "PENDING_CONFIRMATION", "STANDARD", "5", "9", "104"},
            {"Lee Jun-ho", "Lee Jun-ho", "CONFIRMED", "STANDARD", "0", "2", null},
            {"Kang Do-hyun", "강도현", "CONFIRMED", "STANDARD", "3", "5", null},
            {"Emily Carter", "에밀리 카터", "CHECKED_IN", "DELUXE", "-3", "4", "201"},
            {"Tanaka Yui", "다나카 유이", "CONFIRMED", "DELUXE", "1", "8", "202"},
            {"Song Ye-jin", "송예진", "CONFIRMED", "DELUXE", "6", "10", "205"},
            {"Daniel Weber", "다니엘 베버", "CONFIRMED", "DELUXE", "8", "12", "203"},
            {"Yoon Seo-jun", "윤서준", "CHECKED_IN", "FAMILY", "-1", "5", "301"},
            {"Oliver Brown", "올리버 브라운", "PENDING_CONFIRMATION", "FAMILY", "4", "7", null},
            {"Lucas Silva", "루카스 실바", "CONFIRMED", "SUITE", "2", "5", "501"},
            {"Bae Su-min", "배수민", "CONFIRMED", "SUITE", "9", "13", "502"},
        };
        for (var s : stays) {
            var from = TODAY.plusDays(Long.parseLong(s[4]));
            var until = TODAY.plusDays(Long.parseLong(s[5]));
            rooms.stays(new RoomStay(UUID.randomUUID(), korean ? s[1] : s[0], s[2], s[3], from, until, s[6], from,
                    until, false));
        }
        // Hwang Eun-bi moved from 106 to 107 this morning (waiting to sync): a bar in each room
        var id = UUID.randomUUID();
        String hwang = korean ? "황은비" : "Hwang Eun-bi";
        rooms.stays(new RoomStay(id, hwang, "CHECKED_IN", "STANDARD", TODAY.minusDays(1), TODAY.plusDays(3), "106",
                TODAY.minusDays(1), TODAY, false));
        rooms.stays(new RoomStay(id, hwang, "CHECKED_IN", "STANDARD", TODAY.minusDays(1), TODAY.plusDays(3), "107",
                TODAY, TODAY.plusDays(3), true));
    }
}
