package gotohotel.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gotohotel.testkit.LaunchedProducts;
import gotohotel.testkit.WholeProduct;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the launcher refuses, saying what to do instead (issue 17): to delete a database directory that holds data it
 * did not finish creating itself (a restored directory, a cluster of an older GotoHotel whose marker file is missing:
 * such a directory was deleted), and a secret given on the command line, which every user can read with ps.
 */
@WholeProduct
class LauncherRefusalsSystemTests {

    @TempDir
    Path home;

    @RegisterExtension
    final LaunchedProducts products = new LaunchedProducts();

    @Test
    void refusesToStartOverOnADatabaseDirectoryItDidNotCreate() throws Exception {
        assumeTrue(System.getenv("GOTOHOTEL_DB_URL") == null, "the local database only: this run uses the user's");
        Path data = Files.createDirectories(home.resolve("postgres"));
        Files.writeString(data.resolve("PG_VERSION"), "14\n");
        Path table = Files.createDirectories(data.resolve("base").resolve("16384")).resolve("16385");
        Files.writeString(table, "a hotel's bookings");
        var launcher = products.launcher(home, List.of());

        var run = launcher.runToExit(Duration.ofMinutes(3));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains(data + " holds data that this launcher did not create")
                .contains("touch " + data + "/.gotohotel-ready");
        assertThat(Files.readString(table)).isEqualTo("a hotel's bookings");
        assertThat(data.resolve("PG_VERSION")).exists();
    }

    @Test
    void refusesASecretOnTheCommandLineBeforeStartingAnything() throws Exception {
        var launcher = products.launcher(home,
                List.of("--gotohotel.security.token-secret=0123456789abcdef0123456789abcdef"));

        var run = launcher.runToExit(Duration.ofMinutes(1));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("--gotohotel.security.token-secret is a secret")
                .contains("GOTOHOTEL_SECURITY_TOKENSECRET").doesNotContain("starting");
        assertThat(home.resolve("postgres")).doesNotExist();
    }
}
