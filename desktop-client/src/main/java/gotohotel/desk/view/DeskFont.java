package gotohotel.desk.view;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.scene.text.Font;

/**
 * The family the desk draws its text in, chosen at start-up from the fonts the system has: the first one that
 * draws Hangul (and Latin), else JavaFX's own UI font. JavaFX CSS takes one family, not a browser's fallback
 * list (decision record 35), so {@code desk.css} names none and this rule, added after it, names the one chosen.
 *
 * @param family a family {@link Font#getFamilies()} offered, or {@link #LATIN_ONLY}
 */
public record DeskFont(String family) {

    /**
     * Families that draw Hangul and Latin: Windows's, macOS's, Linux's usual one, other common Korean ones, then the
     * pan-CJK ones some Linux systems have instead (the Japanese and Chinese cuts of Noto Sans CJK hold every Hangul
     * syllable too; Droid Sans Fallback, WenQuanYi and Baekmuk come with other packages).
     */
    static final List<String> HANGUL_FAMILIES = List.of("Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR",
            "Noto Sans KR", "Source Han Sans KR", "Source Han Sans K", "NanumGothic", "NanumBarunGothic", "UnDotum",
            "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK HK", "Droid Sans Fallback",
            "WenQuanYi Zen Hei", "Baekmuk Gulim");

    /** JavaFX's UI font (Segoe UI, the macOS system font, fontconfig's sans): Latin everywhere, Hangul as boxes. */
    static final String LATIN_ONLY = "System";

    private static final String DESK_CSS =
            Objects.requireNonNull(DeskFont.class.getResource("desk.css")).toExternalForm();

    public DeskFont {
        Objects.requireNonNull(family, "family");
    }

    /** The first family of {@link #HANGUL_FAMILIES} among {@code families}, else {@link #LATIN_ONLY}. */
    public static DeskFont choose(Collection<String> families) {
        return HANGUL_FAMILIES.stream().filter(families::contains).findFirst().map(DeskFont::new)
                .orElse(new DeskFont(LATIN_ONLY));
    }

    /** Chosen from the families of this system (on the FX thread, once the toolkit runs). */
    public static DeskFont ofThisSystem() {
        return choose(Font.getFamilies());
    }

    public boolean drawsHangul() {
        return !LATIN_ONLY.equals(family);
    }

    /** A one-rule stylesheet, as a {@code data:} URL, that sets the family on the root of every screen. */
    public String stylesheet() {
        String rule = ".root { -fx-font-family: \"" + family + "\"; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(rule.getBytes(StandardCharsets.UTF_8));
    }

    /** The desk's stylesheets in order: {@code desk.css}, then the font rule. */
    public List<String> stylesheets() {
        return List.of(DESK_CSS, stylesheet());
    }
}
