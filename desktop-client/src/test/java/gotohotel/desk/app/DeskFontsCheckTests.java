package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code launcher/desk-fonts.sh}: {@code check_desk_fonts}, sourced under {@code set -euo pipefail} as the
 * launcher does, with a stand-in {@code fc-list} (or none) first on the PATH.
 */
@EnabledOnOs(OS.LINUX)
class DeskFontsCheckTests {

    @TempDir
    Path bin;

    @Test
    void namesTheFontPackagesWhenNoFontDrawsHangul() throws Exception {
        var run = script().withReal("uname").withStandIn("fc-list", "").run("", "check_desk_fonts");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("Hangul", "apt-get install fonts-noto-cjk",
                "dnf install google-noto-sans-cjk-fonts").contains("after");
    }

    @Test
    void saysNothingWhenAFontDrawsHangul() throws Exception {
        var run = script().withReal("uname").withStandIn("fc-list", "Noto Sans CJK KR,Noto Sans CJK KR Regular")
                .run("", "check_desk_fonts");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).isEqualTo("after\n");
    }

    @Test
    void saysNothingWithoutFontconfig() throws Exception {
        var run = script().withReal("uname").run("", "check_desk_fonts");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).isEqualTo("after\n");
    }

    private LauncherScript script() {
        return new LauncherScript("desk-fonts.sh", bin);
    }
}
