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
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
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
 * The desk with sample data rendered under Monocle and written as PNGs, in English and in Korean: always to
 * {@code target/desk.png} and {@code target/desk-ko.png}, and to {@code docs/} with {@code -Ddesk.screenshot=docs}
 * (the README's pictures).
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
        var shown = render(Locale.ENGLISH, "desk.png", Map.of());
        var model = shown.model();

        assertThat(shown.image().getWidth()).isEqualTo(1360);
        assertThat(model.reservations().selectedProperty().get().booking().status()).isEqualTo("CONFIRMED");
        assertThat(((javafx.scene.control.Label) stage.getScene().lookup("#detailGuest")).getText())
                .isEqualTo("Lee Jun-ho");
        assertThat(stage.getScene().lookup("#confirm").isDisabled()).isTrue();
        assertThat(stage.getScene().lookup("#checkIn").isDisabled()).isFalse();
        assertThat(Files.size(root().resolve("desktop-client/target/desk.png"))).isGreaterThan(10_000);

        var occupancy = new AtomicReference<WritableImage>();
        FxToolkit.setupStage(s -> {
            var tabs = (javafx.scene.control.TabPane) s.getScene().getRoot().lookup(".tab-pane");
            tabs.getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupStage(s -> occupancy.set(s.getScene().snapshot(null)));
        ImageIO.write(SwingFXUtils.fromFXImage(occupancy.get(), null), "png",
                root().resolve("desktop-client/target/desk-occupancy.png").toFile());
        var lines = model.occupancy().lines();
        assertThat(lines).extracting(OccupancyLine -> OccupancyLine.roomType())
                .containsExactly("DELUXE", "FAMILY", "STANDARD", "SUITE");
    }

    @Test
    void rendersTheDeskInKoreanWithKoreanGuestNamesAndWritesAPicture() throws Exception {
        var shown = render(Locale.KOREAN, "desk-ko.png", KOREAN_NAMES);

        assertThat(shown.image().getWidth()).isEqualTo(1360);
        assertThat(((javafx.scene.control.Label) stage.getScene().lookup("#detailGuest")).getText())
                .isEqualTo("이준호");
        assertThat(((javafx.scene.control.Button) stage.getScene().lookup("#confirm")).getText()).isEqualTo("확정");
        assertThat(Files.size(root().resolve("desktop-client/target/desk-ko.png"))).isGreaterThan(10_000);
    }

    /** The desk in a language, Lee Jun-ho's booking confirmed and selected, one conflict: to target/ (and docs/). */
    private Shown render(Locale locale, String picture, Map<String, String> names) throws Exception {
        var zone = ZoneId.of("Asia/Seoul");
        var clock = Clock.fixed(Instant.parse("2026-11-26T01:30:00Z"), zone);
        var today = LocalDate.now(clock);
        var desk = sample(today, name -> names.getOrDefault(name, name));
        var model = new DeskViewModel(desk, desk, new SameThreadExecutor(), clock);
        model.localeProperty().set(locale);
        model.load();
        model.opened("mina", AccessService.Mode.ONLINE);
        var texts = new Texts(locale);
        var image = new AtomicReference<WritableImage>();
        FxToolkit.setupStage(s -> {
            var root = new DeskView(model, texts, () -> { }, l -> { }).build();
            var scene = new Scene(root, 1360, 820);
            scene.getStylesheets().setAll(DeskFont.ofThisSystem().stylesheets());
            s.setScene(scene);
            s.show();
            String lee = names.getOrDefault("Lee Jun-ho", "Lee Jun-ho");
            var row = model.reservations().allBookings().stream()
                    .filter(r -> r.booking().guestName().equals(lee)).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            var table = (TableView<gotohotel.desk.viewmodel.BookingRow>) root.lookup("#bookings");
            table.getSelectionModel().select(row);
            model.reservations().decide(Decision.CONFIRM, null);
            desk.push(new DeskStatus(true, false, 1, Instant.parse("2026-11-26T01:29:40Z"), null,
                    List.of(FakeDesk.conflict(1, names.getOrDefault("Han Ji-woo", "Han Ji-woo")))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupStage(s -> image.set(s.getScene().snapshot(null)));
        Path target = root().resolve("desktop-client/target/" + picture);
        Files.createDirectories(target.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", target.toFile());
        if ("docs".equals(System.getProperty("desk.screenshot"))) {
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", root().resolve("docs/" + picture).toFile());
        }
        return new Shown(model, image.get());
    }

    private static Path root() {
        return Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", "..")).toAbsolutePath().normalize();
    }

    private record Shown(DeskViewModel model, WritableImage image) {
    }

    /** The Korean guests of the sample as a Korean hotel's system would hold them. */
    private static final Map<String, String> KOREAN_NAMES = Map.ofEntries(Map.entry("Kim Min-ji", "김민지"),
            Map.entry("Lee Jun-ho", "이준호"), Map.entry("Park Seo-yeon", "박서연"), Map.entry("Choi Ha-eun", "최하은"),
            Map.entry("Jung Woo-jin", "정우진"), Map.entry("Yoon Seo-jun", "윤서준"), Map.entry("Han Ji-woo", "한지우"),
            Map.entry("Kang Do-hyun", "강도현"), Map.entry("Lim Na-rae", "임나래"), Map.entry("Song Ye-jin", "송예진"),
            Map.entry("Bae Su-min", "배수민"), Map.entry("Hwang Eun-bi", "황은비"));

    private static FakeDesk sample(LocalDate today, UnaryOperator<String> name) {
        var desk = new FakeDesk();
        desk.add(name.apply("Kim Min-ji"), "DELUXE", today, 2, "CONFIRMED");
        desk.add(name.apply("Lee Jun-ho"), "STANDARD", today, 1, "PENDING_CONFIRMATION");
        desk.add(name.apply("Sophie Martin"), "SUITE", today.minusDays(2), 2, "CHECKED_IN");
        desk.add(name.apply("Park Seo-yeon"), "FAMILY", today.minusDays(1), 3, "CHECKED_IN");
        desk.add(name.apply("Daniel Weber"), "DELUXE", today.minusDays(3), 3, "CHECKED_OUT");
        desk.add(name.apply("Choi Ha-eun"), "STANDARD", today, 3, "PENDING_CONFIRMATION");
        desk.add(name.apply("Jung Woo-jin"), "STANDARD", today.plusDays(1), 2, "CONFIRMED");
        desk.add(name.apply("Emily Carter"), "DELUXE", today.plusDays(1), 4, "PENDING_CONFIRMATION");
        desk.add(name.apply("Yoon Seo-jun"), "FAMILY", today.plusDays(2), 2, "CONFIRMED");
        desk.add(name.apply("Han Ji-woo"), "SUITE", today.plusDays(2), 1, "CANCELLED");
        desk.add(name.apply("Kang Do-hyun"), "STANDARD", today.plusDays(3), 2, "PENDING_CONFIRMATION");
        desk.add(name.apply("Tanaka Yui"), "DELUXE", today.plusDays(3), 5, "CONFIRMED");
        desk.add(name.apply("Lim Na-rae"), "STANDARD", today.plusDays(4), 1, "REJECTED");
        desk.add(name.apply("Oliver Brown"), "FAMILY", today.plusDays(5), 3, "PENDING_CONFIRMATION");
        desk.add(name.apply("Song Ye-jin"), "DELUXE", today.plusDays(6), 2, "CONFIRMED");
        desk.add(name.apply("Bae Su-min"), "STANDARD", today.plusDays(7), 2, "PENDING_CONFIRMATION");
        desk.add(name.apply("Lucas Silva"), "SUITE", today.plusDays(8), 3, "CONFIRMED");
        desk.add(name.apply("Hwang Eun-bi"), "STANDARD", today.plusDays(9), 1, "PENDING_CONFIRMATION");
        return desk;
    }
}
