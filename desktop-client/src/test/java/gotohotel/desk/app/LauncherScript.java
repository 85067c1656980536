package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * A file of the launcher ({@code launcher/<name>.sh}) sourced under {@code set -euo pipefail} as the launcher does,
 * with only the commands of {@code bin} on the PATH: the real ones it links there and the stand-ins it writes.
 */
final class LauncherScript {

    private final Path script;
    private final Path bin;

    LauncherScript(String name, Path bin) {
        this.script = Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", "..")).resolve("launcher")
                .resolve(name).toAbsolutePath().normalize();
        this.bin = bin;
    }

    /** Puts this machine's {@code commands} on the PATH. */
    LauncherScript withReal(String... commands) throws IOException {
        for (String command : commands) {
            Files.createSymbolicLink(bin.resolve(command), Path.of(which(command)));
        }
        return this;
    }

    /** Puts a stand-in {@code command} on the PATH that prints {@code output} (nothing when empty). */
    LauncherScript withStandIn(String command, String output) throws IOException {
        var file = bin.resolve(command);
        Files.writeString(file, "#!/bin/sh\n" + (output.isEmpty() ? "" : "echo '" + output + "'\n"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return this;
    }

    /** Puts a stand-in {@code command} on the PATH that runs {@code body}, a POSIX shell script. */
    LauncherScript withStandInScript(String command, String body) throws IOException {
        var file = bin.resolve(command);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return this;
    }

    /** Sources the script after {@code before}, then runs {@code call} and prints "after" if it returned. */
    Run run(String before, String call) throws Exception {
        var process = new ProcessBuilder("/bin/bash", "-c",
                "set -euo pipefail; " + before + " . \"$1\"; " + call + "; echo after", "check", script.toString())
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
        throw new IllegalStateException(command + " is not on the PATH");
    }

    record Run(int exit, String output) {
    }
}
