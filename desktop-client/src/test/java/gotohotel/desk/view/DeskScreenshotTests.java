package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.Decision;
import gotohotel.desk.service.DeskStatus;
import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.FakeDesk;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk with sample data rendered under Monocle and written as a PNG: always to
 * {@code target/desk.png}, and to {@code docs/desk.png} with {@code -Ddesk.screenshot=docs} (the README's picture).
 */
class DeskScreenshotTests {

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
    void rendersTheDeskWithSampleBookingsAndWritesAPicture() throws Exception {
        var zone = ZoneId.of("Asia/Seoul");
        var clock = Clock.fixed(Instant.parse("2026-11-26T01:30:00Z"), zone);
        var today = LocalDate.now(clock);
        var desk = sample(today);
        var model = new DeskViewModel(desk, desk, new SameThreadExecutor(), clock);
        model.load();
        model.opened("mina", AccessService.Mode.ONLINE);
        var texts = new Texts(Locale.ENGLISH);
        var image = new AtomicReference<WritableImage>();
        FxToolkit.setupStage(s -> {
            var root = new DeskView(model, texts, () -> { }, locale -> { }).build();
            var scene = new Scene(root, 1360, 820);
            scene.getStylesheets().setAll(DeskFont.ofThisSystem().stylesheets());
            s.setScene(scene);
            s.show();
            var lee = model.reservations().allBookings().stream()
                    .filter(r -> r.booking().guestName().equals("Lee Jun-ho")).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            var table = (TableView<gotohotel.desk.viewmodel.BookingRow>) root.lookup("#bookings");
            table.getSelectionModel().select(lee);
            model.reservations().decide(Decision.CONFIRM, null);
            desk.push(new DeskStatus(true, false, 1, Instant.parse("2026-11-26T01:29:40Z"), null,
                    List.of(FakeDesk.conflict(1, "Han Ji-woo"))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupStage(s -> image.set(s.getScene().snapshot(null)));

        assertThat(image.get().getWidth()).isEqualTo(1360);
        assertThat(model.reservations().selectedProperty().get().booking().status()).isEqualTo("CONFIRMED");
        assertThat(((javafx.scene.control.Label) stage.getScene().lookup("#detailGuest")).getText())
                .isEqualTo("Lee Jun-ho");
        assertThat(stage.getScene().lookup("#confirm").isDisabled()).isTrue();
        assertThat(stage.getScene().lookup("#checkIn").isDisabled()).isFalse();
        Path root = Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("desktop-client/target/desk.png");
        Files.createDirectories(target.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", target.toFile());
        if ("docs".equals(System.getProperty("desk.screenshot"))) {
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", root.resolve("docs/desk.png").toFile());
        }
        assertThat(Files.size(target)).isGreaterThan(10_000);

        var occupancy = new AtomicReference<WritableImage>();
        FxToolkit.setupStage(s -> {
            var tabs = (javafx.scene.control.TabPane) s.getScene().getRoot().lookup(".tab-pane");
            tabs.getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupStage(s -> occupancy.set(s.getScene().snapshot(null)));
        ImageIO.write(SwingFXUtils.fromFXImage(occupancy.get(), null), "png",
                root.resolve("desktop-client/target/desk-occupancy.png").toFile());
        var lines = model.occupancy().lines();
        assertThat(lines).extracting(OccupancyLine -> OccupancyLine.roomType())
                .containsExactly("DELUXE", "FAMILY", "STANDARD", "SUITE");
    }

    private static FakeDesk sample(LocalDate today) {
        var desk = new FakeDesk();
        desk.add("Kim Min-ji", "DELUXE", today, 2, "CONFIRMED");
        desk.add("Lee Jun-ho", "STANDARD", today, 1, "PENDING_CONFIRMATION");
        desk.add("Sophie Martin", "SUITE", today.minusDays(2), 2, "CHECKED_IN");
        desk.add("Park Seo-yeon", "FAMILY", today.minusDays(1), 3, "CHECKED_IN");
        desk.add("Daniel Weber", "DELUXE", today.minusDays(3), 3, "CHECKED_OUT");
        desk.add("Choi Ha-eun", "STANDARD", today, 3, "PENDING_CONFIRMATION");
        desk.add("Jung Woo-jin", "STANDARD", today.plusDays(1), 2, "CONFIRMED");
        desk.add("Emily Carter", "DELUXE", today.plusDays(1), 4, "PENDING_CONFIRMATION");
        desk.add("Yoon Seo-jun", "FAMILY", today.plusDays(2), 2, "CONFIRMED");
        desk.add("Han Ji-woo", "SUITE", today.plusDays(2), 1, "CANCELLED");
        desk.add("Kang Do-hyun", "STANDARD", today.plusDays(3), 2, "PENDING_CONFIRMATION");
        desk.add("Tanaka Yui", "DELUXE", today.plusDays(3), 5, "CONFIRMED");
        desk.add("Lim Na-rae", "STANDARD", today.plusDays(4), 1, "REJECTED");
        desk.add("Oliver Brown", "FAMILY", today.plusDays(5), 3, "PENDING_CONFIRMATION");
        desk.add("Song Ye-jin", "DELUXE", today.plusDays(6), 2, "CONFIRMED");
        desk.add("Bae Su-min", "STANDARD", today.plusDays(7), 2, "PENDING_CONFIRMATION");
        desk.add("Lucas Silva", "SUITE", today.plusDays(8), 3, "CONFIRMED");
        desk.add("Hwang Eun-bi", "STANDARD", today.plusDays(9), 1, "PENDING_CONFIRMATION");
        return desk;
    }
}
