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
 * {@code launcher/desk-fonts.sh}: {@code check_desk_fonts}, sourced under {@code set -euo pipefail} as the
 * launcher does, with a stand-in {@code fc-list} (or none) first on the PATH.
 */
@EnabledOnOs(OS.LINUX)
class DeskFontsCheckTests {

    private static final Path SCRIPT = Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", ".."))
            .resolve("launcher/desk-fonts.sh").toAbsolutePath().normalize();

    @TempDir
    Path bin;

    @Test
    void namesTheFontPackagesWhenNoFontDrawsHangul() throws Exception {
        fcList("");

        var run = check();

        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("Hangul", "apt-get install fonts-noto-cjk",
                "dnf install google-noto-sans-cjk-fonts").contains("after");
    }

    @Test
    void saysNothingWhenAFontDrawsHangul() throws Exception {
        fcList("Noto Sans CJK KR,Noto Sans CJK KR Regular");

        var run = check();

        assertThat(run.exit()).isZero();
        assertThat(run.output()).isEqualTo("after\n");
    }

    @Test
    void saysNothingWithoutFontconfig() throws Exception {
        Files.createSymbolicLink(bin.resolve("uname"), Path.of(which("uname")));

        var run = check();

        assertThat(run.exit()).isZero();
        assertThat(run.output()).isEqualTo("after\n");
    }

    private void fcList(String families) throws IOException {
        Files.createSymbolicLink(bin.resolve("uname"), Path.of(which("uname")));
        var fcList = bin.resolve("fc-list");
        Files.writeString(fcList, "#!/bin/sh\n" + (families.isEmpty() ? "" : "echo '" + families + "'\n"));
        Files.setPosixFilePermissions(fcList, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run check() throws Exception {
        var process = new ProcessBuilder("/bin/bash", "-c",
                "set -euo pipefail; . \"$1\"; check_desk_fonts; echo after", "check", SCRIPT.toString())
                .redirectErrorStream(true);
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
        throw new IllegalStateException(command + " not on the PATH");
    }

    private record Run(int exit, String output) {
    }
}
