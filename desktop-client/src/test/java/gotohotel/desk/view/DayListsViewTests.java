package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.ReportRefusedException;
import gotohotel.desk.viewmodel.DayListsViewModel;
import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.FakeDesk;
import gotohotel.desk.viewmodel.FakeStaff;
import gotohotel.desk.viewmodel.OnlineScreens;
import gotohotel.desk.viewmodel.StaffViewModel;
import gotohotel.shared.api.StaffRole;
import gotohotel.desk.viewmodel.FakeDayLists;
import gotohotel.desk.viewmodel.ReportViewModel;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The day's lists and the managers' report on a screen (Monocle): the day chosen by the arrows, the PDF asked for with
 * the words of the staff's language, the report's bars and totals, a refusal said in a sentence. Written as PNGs to
 * {@code target/}, and to {@code docs/images/} with {@code -Ddesk.screenshot=docs} (the README's pictures).
 */
class DayListsViewTests {

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
    void showsTodaysListsMovesByDayAndAsksForAPdfInTheStaffsLanguage() throws Exception {
        var service = sample(new FakeDayLists(TODAY), false);
        var lists = new DayListsViewModel(service, new SameThreadExecutor());
        Path chosen = Path.of("/tmp/gotohotel-lists-test.pdf");
        var asked = new AtomicReference<String>();
        show(DayListsView.build(lists, new Texts(Locale.ENGLISH), () -> "mina", name -> {
            asked.set(name);
            return chosen;
        }), lists::show, "day-lists.png");

        assertThat(((Label) stage.getScene().lookup("#arrivalsHeading")).getText()).isEqualTo("Arrivals (4)");
        assertThat(((Label) stage.getScene().lookup("#departuresHeading")).getText()).isEqualTo("Departures (2)");
        assertThat(((Label) stage.getScene().lookup("#inHouseHeading")).getText()).isEqualTo("In house (3)");
        assertThat(table("#arrivals").getItems()).extracting(g -> g.room() + " " + g.guestName())
                .containsExactly("104 Tanaka Yui", "203 Kim Min-ji", "302 Choi Ha-eun", "null Lee Jun-ho");
        var robot = new FxRobot();

        robot.clickOn("#listsNext");
        assertThat(lists.dayProperty().get()).isEqualTo(TODAY.plusDays(1));
        assertThat(((Label) stage.getScene().lookup("#arrivalsHeading")).getText()).isEqualTo("Arrivals (2)");
        robot.clickOn("#listsToday");
        robot.clickOn("#listsPrint");

        assertThat(asked.get()).isEqualTo("gotohotel-lists-" + TODAY + ".pdf");
        assertThat(service.printed()).hasSize(1);
        var labels = service.printed().get(0);
        assertThat(labels.title()).contains("December 7, 2026");
        assertThat(labels.subtitle()).contains("mina");
        assertThat(labels.status().apply("CHECKED_IN")).isEqualTo("Checked in");
        assertThat(((Label) stage.getScene().lookup("#listsMessage")).getText()).contains(chosen.toString());
    }

    @Test
    void showsTheListsInKorean() throws Exception {
        var service = sample(new FakeDayLists(TODAY), true);
        var lists = new DayListsViewModel(service, new SameThreadExecutor());
        show(DayListsView.build(lists, new Texts(Locale.KOREAN), () -> "mina", name -> null), lists::show,
                "day-lists-ko.png");

        assertThat(((Label) stage.getScene().lookup("#arrivalsHeading")).getText()).isEqualTo("도착 (4)");
        assertThat(table("#arrivals").getItems().get(1).guestName()).isEqualTo("김민지");
    }

    @Test
    void theReportDrawsABarPerNightAndSaysTheTotals() throws Exception {
        var report = new ReportViewModel(new FakeDayLists(TODAY), new SameThreadExecutor());
        show(ReportView.build(report, new Texts(Locale.ENGLISH)), report::show, "occupancy-report.png");

        @SuppressWarnings("unchecked")
        var chart = (BarChart<String, Number>) stage.getScene().lookup("#reportChart");
        assertThat(chart.getData().get(0).getData()).hasSize(14);
        assertThat(((TableView<?>) stage.getScene().lookup("#reportNights")).getItems()).hasSize(14);
        var totals = report.reportProperty().get();
        assertThat(((Label) stage.getScene().lookup("#reportSummary")).getText())
                .startsWith("Occupancy " + totals.occupancy() + "% · " + totals.roomsSold() + " of 350 room nights sold")
                .endsWith("room revenue ₩" + String.format(Locale.ENGLISH, "%,d", totals.roomRevenue().longValue()));
    }

    @Test
    void aReceptionistIsToldTheReportIsForManagers() throws Exception {
        var service = new FakeDayLists(TODAY);
        service.refuse(ReportRefusedException.Reason.MANAGERS_ONLY, "Only a manager may do this.");
        var report = new ReportViewModel(service, new SameThreadExecutor());
        show(ReportView.build(report, new Texts(Locale.ENGLISH)), report::show, null);

        assertThat(((Label) stage.getScene().lookup("#reportSummary")).getText())
                .isEqualTo("Only a manager can see the occupancy report.");
    }

    @Test
    void theDeskShowsTheDayListsToEveryoneAndTheReportToManagersOnly() throws Exception {
        var desk = new FakeDesk();
        var clock = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Seoul"));
        var model = new DeskViewModel(desk, desk, null, sample(new FakeDayLists(TODAY), false), new SameThreadExecutor(),
                clock);
        var staff = new FakeStaff();
        staff.role = StaffRole.RECEPTIONIST;
        var roles = new StaffViewModel(staff, new SameThreadExecutor(), new SimpleBooleanProperty(true));
        var texts = new Texts(Locale.ENGLISH);
        show(new DeskView(model, new OnlineScreens(roles, null, null), texts, () -> { }, l -> { }).build(), () -> { },
                null);
        var tabs = (TabPane) stage.getScene().getRoot().lookup(".tab-pane");

        assertThat(tabs.getTabs()).extracting(Tab::getId).contains("listsTab").doesNotContain("reportTab");
        FxToolkit.setupStage(s -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "listsTab".equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) stage.getScene().lookup("#arrivalsHeading")).getText()).isEqualTo("Arrivals (4)");

        staff.role = StaffRole.MANAGER;
        FxToolkit.setupStage(s -> roles.refreshRole());
        assertThat(tabs.getTabs()).extracting(Tab::getId).contains("reportTab");
        staff.role = StaffRole.RECEPTIONIST;
        FxToolkit.setupStage(s -> roles.refreshRole());
        assertThat(tabs.getTabs()).extracting(Tab::getId).doesNotContain("reportTab");
    }

    private static TableView<gotohotel.desk.service.DayGuest> table(String id) {
        @SuppressWarnings("unchecked")
        var table = (TableView<gotohotel.desk.service.DayGuest>) stage.getScene().lookup(id);
        return table;
    }

    private static void show(Parent view, Runnable shown, String picture) throws Exception {
        FxToolkit.setupStage(s -> {
            var scene = new Scene(view, 1280, 800);
            scene.getStylesheets().setAll(DeskFont.ofThisSystem().stylesheets());
            s.setScene(scene);
            s.show();
            shown.run();
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (picture == null) {
            return;
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
        assertThat(Files.size(target)).isGreaterThan(10_000);
    }

    private static Path root() {
        return Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", "..")).toAbsolutePath().normalize();
    }

    /** A morning at the seed hotel: four arrivals, two departures, three guests in house. */
    private static FakeDayLists sample(FakeDayLists service, boolean korean) {
        return service
                .guest(korean ? "김민지" : "Kim Min-ji", "203", "DELUXE", TODAY, 2, "CONFIRMED")
                .guest(korean ? "이준호" : "Lee Jun-ho", null, "STANDARD", TODAY, 1, "PENDING_CONFIRMATION")
                .guest("Tanaka Yui", "104", "STANDARD", TODAY, 3, "CHECKED_IN")
                .guest(korean ? "최하은" : "Choi Ha-eun", "302", "FAMILY", TODAY, 2, "CONFIRMED")
                .guest("Sophie Martin", "501", "SUITE", TODAY.minusDays(2), 4, "CHECKED_IN")
                .guest(korean ? "박서연" : "Park Seo-yeon", "301", "FAMILY", TODAY.minusDays(1), 3, "CHECKED_IN")
                .guest("Daniel Weber", "205", "DELUXE", TODAY.minusDays(3), 3, "CHECKED_OUT")
                .guest(korean ? "정우진" : "Jung Woo-jin", "107", "STANDARD", TODAY.minusDays(1), 1, "CHECKED_IN")
                .guest(korean ? "한지우" : "Han Ji-woo", null, "SUITE", TODAY, 2, "CANCELLED")
                .guest("Emily Carter", "208", "DELUXE", TODAY.plusDays(1), 2, "CONFIRMED")
                .guest(korean ? "윤서준" : "Yoon Seo-jun", null, "FAMILY", TODAY.plusDays(1), 1, "PENDING_CONFIRMATION");
    }
}
