package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
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

    private static final Path SCRIPT = Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", ".."))
            .resolve("launcher/desk.sh").toAbsolutePath().normalize();

    @TempDir
    Path bin;

    @Test
    void namesThePackageWhenGtkIsMissing() throws Exception {
        ldconfig("libX11.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libX11.so.6");

        var run = check();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("needs GTK 3", "apt-get install libgtk-3-0").doesNotContain("after");
    }

    @Test
    void goesOnWhenGtkIsThere() throws Exception {
        ldconfig("libgtk-3.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libgtk-3.so.0");

        var run = check();

        assertThat(run.exit()).isZero();
        assertThat(run.output()).isEqualTo("after\n");
    }

    private void ldconfig(String cache) throws IOException {
        for (String command : new String[] {"uname", "grep"}) {
            Files.createSymbolicLink(bin.resolve(command), Path.of(which(command)));
        }
        var ldconfig = bin.resolve("ldconfig");
        Files.writeString(ldconfig, "#!/bin/sh\necho '" + cache + "'\n");
        Files.setPosixFilePermissions(ldconfig, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run check() throws Exception {
        var process = new ProcessBuilder("/bin/bash", "-c", "set -euo pipefail; say() { :; }; "
                + "die() { echo \"$*\"; exit 1; }; ROOT=/nonexistent; . \"$1\"; require_desk_libraries; echo after",
                "check", SCRIPT.toString()).redirectErrorStream(true);
        process.environment().put("PATH", bin.toString());
        var started = process.start();
        assertThat(started.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new Run(started.exitValue(), new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String which(String command) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return Path.of(dir, command).toString();
            }
        }
        throw new IllegalStateException(command + " is not on the PATH");
    }

    private record Run(int exit, String output) {
    }
}
