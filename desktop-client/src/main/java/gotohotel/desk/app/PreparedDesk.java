package gotohotel.desk.app;

import gotohotel.desk.view.DeskView;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Scene;

/**
 * The desk screen built ahead while staff sign in; once they press Enter, styled (its controls' skins made: most of
 * the cost) and laid out in a scene of its own, so a sign-in that succeeds only moves it into the window. Kept for
 * the next try if the sign-in fails. FX thread only.
 */
final class PreparedDesk {

    private final Supplier<DeskView> build;
    private DeskView prepared;
    /** The scene the prepared screen is styled and laid out in once Enter is pressed (null until then). */
    private Scene staging;

    /** @param build builds a desk screen */
    PreparedDesk(Supplier<DeskView> build) {
        this.build = build;
    }

    /** Builds the screen unless it is built. */
    void prepare() {
        if (prepared == null) {
            prepared = build.get();
        }
    }

    /** Styles and lays the screen out in a scene of the window's size and style sheets (its parsed styles reused). */
    void stage(Scene window, List<String> stylesheets) {
        prepare();
        if (staging == null) {
            staging = new Scene(new Group(), window.getWidth(), window.getHeight());
            staging.getStylesheets().setAll(stylesheets);
        }
        if (staging.getRoot() != prepared.root()) {
            staging.setRoot(prepared.root());
            prepared.root().applyCss();
        }
        prepared.root().layout();
    }

    /** Lays the staged screen out again (the table's first rows came). */
    void layOutIfStaged() {
        if (staging != null && prepared != null && staging.getRoot() == prepared.root()) {
            prepared.root().layout();
        }
    }

    /** The prepared screen (built now if none), out of the staging scene: a node is the root of one scene at a time. */
    DeskView take() {
        var taken = prepared != null ? prepared : build.get();
        prepared = null;
        if (staging != null && staging.getRoot() == taken.root()) {
            staging.setRoot(new Group());
        }
        return taken;
    }

    /** The prepared screen is not wanted (another language): closed. */
    void drop() {
        if (prepared != null) {
            take().close();
        }
    }
}
