package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.DeskStatus;
import gotohotel.desk.text.ScreenText;
import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.FakeDesk;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar at the desk's default window size (1280×800) with every error it can show, in both languages: the
 * state, the queue and the last sync are always drawn whole; the error says what happens in a receptionist's words
 * and keeps the technical cause for its tooltip.
 */
class StatusBarFitsTests {

    /** What a dead link really produces, and a server's long problem detail. */
    private static final List<String> CAUSES = List.of("SocketTimeoutException: timeout",
            "HTTP 503: The service is temporarily unable to handle the request because the payment provider and the "
                    + "database are both restarting; java.net.ConnectException: Connection refused");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    @Test
    void stateQueueAndLastSyncStayWholeAndNoTechnicalCauseIsShownInEnglish() throws Exception {
        checkEveryError(Locale.ENGLISH);
    }

    @Test
    void stateQueueAndLastSyncStayWholeAndNoTechnicalCauseIsShownInKorean() throws Exception {
        checkEveryError(Locale.KOREAN);
    }

    private void checkEveryError(Locale locale) throws Exception {
        var desk = new FakeDesk();
        desk.add("Kim Minji", "DELUXE", LocalDate.now(), 2, "PENDING_CONFIRMATION");
        var model = new DeskViewModel(desk, desk, new SameThreadExecutor(), Clock.systemDefaultZone());
        model.localeProperty().set(locale);
        model.load();
        model.opened("mina", AccessService.Mode.ONLINE);
        var texts = new Texts(locale);
        var root = new AtomicReference<Parent>();
        FxToolkit.setupStage(stage -> {
            var view = new DeskView(model, texts, () -> { }, l -> { }).build();
            var scene = new Scene(view, 1280, 800);
            scene.getStylesheets().setAll(DeskFont.ofThisSystem().stylesheets());
            stage.setScene(scene);
            stage.show();
            root.set(view);
        });
        var errors = errors(locale);
        assertThat(errors).hasSizeGreaterThan(10);
        errors.sort(java.util.Comparator.comparingInt((String e) -> texts.say(e).length()).reversed());   // longest first
        for (String error : errors) {
            var shown = onFx(() -> {
                desk.push(new DeskStatus(false, true, 12_345, Instant.parse("2026-11-26T01:29:40Z"), error,
                        List.of()));
                root.get().applyCss();
                root.get().layout();
                var bar = root.get().lookup(".status-bar");
                var state = new ArrayList<String>();
                for (String id : List.of("#online", "#queued", "#lastSync")) {
                    var label = (Label) bar.lookup(id);
                    state.add(label.getText() + " => " + drawn(label));
                }
                var tooltip = ((Label) bar.lookup("#lastError")).getTooltip();
                return new Shown(state, drawnTexts(bar), tooltip == null ? "" : tooltip.getText());
            });
            for (String line : shown.state()) {
                String[] wanted = line.split(" => ", 2);
                assertThat(wanted[1]).as("drawn whole beside %s", texts.say(error)).isEqualTo(wanted[0]);
            }
            assertThat(String.join(" ", shown.drawn())).as("what the status bar shows for %s", error)
                    .doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b").doesNotContain("HTTP ")
                    .doesNotContain(ScreenText.SYNC_ERROR);
            ScreenText.cause(error).ifPresent(cause -> assertThat(shown.tooltip()).contains(cause));
        }
    }

    private record Shown(List<String> state, List<String> drawn, String tooltip) {
    }

    /** Every error the status bar can show: the sync's (with a real and a long cause) and the sign-in's. */
    private static List<String> errors(Locale locale) {
        var bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var errors = new ArrayList<String>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(ScreenText.SYNC_ERROR)) {
                CAUSES.forEach(cause -> errors.add(ScreenText.of(key, cause)));
            } else if (key.startsWith("signin.error.")) {
                errors.add(ScreenText.of(key, 12_345L, "http://front-desk-server.hotel.example:8088", 123_456L));
            }
        }
        return errors;
    }

    /** The text the label's skin draws (an ellipsis where it did not fit). */
    private static String drawn(Label label) {
        return String.join("", drawnTexts(label));
    }

    private static List<String> drawnTexts(Node node) {
        if (node instanceof Text text) {
            return node.isVisible() ? List.of(text.getText()) : List.of();
        }
        if (node instanceof Parent parent && node.isVisible()) {
            return parent.getChildrenUnmodifiable().stream().flatMap(child -> drawnTexts(child).stream()).toList();
        }
        return List.of();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
