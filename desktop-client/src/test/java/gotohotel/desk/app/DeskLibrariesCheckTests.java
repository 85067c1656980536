package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code launcher/desk.sh}: {@code require_desk_libraries} names the package that brings GTK 3 instead of letting
 * the desk die with a Java stack trace; run under {@code set -euo pipefail} as the launcher does, with a stand-in
 * {@code ldconfig} first on the PATH.
 */
@EnabledOnOs(OS.LINUX)
class DeskLibrariesCheckTests {

    private static final String LAUNCHER = "say() { :; }; die() { echo \"$*\"; exit 1; }; ROOT=/nonexistent;";

    @TempDir
    Path bin;

    @Test
    void namesThePackageWhenGtkIsMissing() throws Exception {
        var run = script("libX11.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libX11.so.6")
                .run(LAUNCHER, "require_desk_libraries");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("needs GTK 3", "apt-get install libgtk-3-0").doesNotContain("after");
    }

    @Test
    void goesOnWhenGtkIsThere() throws Exception {
        var run = script("libgtk-3.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libgtk-3.so.0")
                .run(LAUNCHER, "require_desk_libraries");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).isEqualTo("after\n");
    }

    /** desk.sh with a stand-in ldconfig that lists {@code cache}. */
    private LauncherScript script(String cache) throws Exception {
        return new LauncherScript("desk.sh", bin).withReal("uname", "grep").withStandIn("ldconfig", cache);
    }
}
