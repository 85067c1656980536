package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.FakeDesk;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import gotohotel.desk.viewmodel.SignInViewModel;
import java.nio.IntBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.Pane;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Korean words on the real screens are drawn, not shown as the missing-glyph box: each text with Hangul, in the
 * font CSS gave it, is rendered once as it is and once with every Hangul letter replaced by a code point no font
 * has (U+10FFFD, the box); if the two pictures are the same, the font has no Hangul and staff see boxes. Needs a
 * font with Hangul on the machine, as a desk PC has (on Debian and Ubuntu, {@code fonts-noto-cjk}).
 */
class HangulDrawnTests {

    private static final String NO_FONT_HAS_IT = new String(Character.toChars(0x10FFFD));

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theSignInScreenDrawsItsKoreanWords() throws Exception {
        var desk = new FakeDesk();
        var model = new SignInViewModel(desk, new SameThreadExecutor(), "http://127.0.0.1:8088", false);

        var boxes = WaitForAsyncUtils.asyncFx(() -> {
            var texts = new Texts(Locale.KOREAN);
            Parent root = SignInView.build(model, texts, mode -> { },
                    LanguagePicker.build(Locale.KOREAN, locale -> { }));
            return hangulDrawnAsBoxes(root, 1280, 800);
        }).get();

        assertThat(boxes.boxed()).as("Korean texts drawn as boxes on the sign-in screen").isEmpty();
        assertThat(boxes.drawn()).as("Korean texts drawn on the sign-in screen").contains("로그인", "비밀번호");
    }

    @Test
    void theDeskScreenDrawsItsKoreanWords() throws Exception {
        var desk = new FakeDesk();
        desk.add("김민지", "DELUXE", LocalDate.now(), 2, "PENDING_CONFIRMATION");
        desk.add("Sophie Martin", "SUITE", LocalDate.now().minusDays(1), 2, "CHECKED_IN");
        var model = new DeskViewModel(desk, desk, new SameThreadExecutor(), Clock.systemDefaultZone());
        model.load();
        model.opened("mina", AccessService.Mode.OFFLINE);
        model.reservations().select(model.reservations().allBookings().get(0));

        var boxes = WaitForAsyncUtils.asyncFx(() -> {
            var root = new DeskView(model, new Texts(Locale.KOREAN), () -> { }, locale -> { }).build();
            return hangulDrawnAsBoxes(root, 1360, 820);
        }).get();

        assertThat(boxes.boxed()).as("Korean texts drawn as boxes on the desk screen").isEmpty();
        assertThat(boxes.drawn()).as("Korean texts drawn on the desk screen").contains("확정", "김민지", "로그아웃");
    }

    /** The screen styled as the desk window styles it, laid out, and each of its Hangul texts tried. */
    private static Outcome hangulDrawnAsBoxes(Parent root, double width, double height) {
        var scene = new Scene(root, width, height);
        styleAsTheWindowDoes(scene);
        for (int pulse = 0; pulse < 2; pulse++) {   // as two pulses do: controls that make nodes while laid out
            root.applyCss();
            root.layout();
        }
        var shown = new LinkedHashSet<Shown>();
        collect(root, shown);
        var drawn = new ArrayList<String>();
        var boxed = new ArrayList<String>();
        shown.forEach(each -> {
            String text = each.text();
            Font font = each.font();
            String boxes = text.codePoints().mapToObj(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                    ? NO_FONT_HAS_IT : Character.toString(c)).reduce("", String::concat);
            double wide = Math.max(width(text, font), width(boxes, font));
            if (samePixels(render(text, font, wide), render(boxes, font, wide))) {
                boxed.add(text + " (" + font.getFamily() + ")");
            } else {
                drawn.add(text);
            }
        });
        return new Outcome(drawn, boxed);
    }

    private static void styleAsTheWindowDoes(Scene scene) {
        scene.getStylesheets().setAll(DeskFont.ofThisSystem().stylesheets());
    }

    /** Each text with Hangul in each font it is drawn in (a title in bold and in regular is tried twice). */
    private static void collect(Node node, Set<Shown> shown) {
        if (node instanceof Text text && text.getText() != null
                && text.getText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
            shown.add(new Shown(text.getText(), text.getFont()));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, shown));
        }
    }

    private static double width(String string, Font font) {
        var text = new Text(string);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    /** The text on a canvas of a given size, its baseline at the same height whatever the glyphs' bounds. */
    private static WritableImage render(String string, Font font, double width) {
        var text = new Text(string);
        text.setFont(font);
        text.setTextOrigin(VPos.BASELINE);
        text.setLayoutX(4);
        text.setLayoutY(font.getSize() * 2);
        var canvas = new Pane(text);
        canvas.setMinSize(width + 8, font.getSize() * 3);
        canvas.setMaxSize(width + 8, font.getSize() * 3);
        canvas.setStyle("-fx-background-color: white;");
        var scene = new Scene(new Group(canvas));
        canvas.applyCss();
        canvas.resize(width + 8, font.getSize() * 3);
        var parameters = new SnapshotParameters();
        parameters.setViewport(new Rectangle2D(0, 0, width + 8, font.getSize() * 3));
        return canvas.snapshot(parameters, null);
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        if (w != (int) b.getWidth() || h != (int) b.getHeight()) {
            return false;
        }
        int[] pa = new int[w * h];
        int[] pb = new int[w * h];
        a.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pa), w);
        b.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pb), w);
        return java.util.Arrays.equals(pa, pb);
    }

    private record Shown(String text, Font font) {
    }

    private record Outcome(List<String> drawn, List<String> boxed) {
    }
}
