package gotohotel.backend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/** Secrets and the home that holds them are owner-only from the moment they exist. */
class SecretFilesTests {

    @Test
    void theGeneratedTokenSecretIsOwnerOnlyInAnOwnerOnlyHome(@TempDir Path parent) throws Exception {
        Path home = parent.resolve("home");

        new GuestAccessTokens("", home);

        assertThat(permissions(home)).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("token-secret"))).isEqualTo("rw-------");
        assertThat(Files.list(home)).containsExactly(home.resolve("token-secret"));
    }

    @Test
    void anotherStartOnTheSameHomeKeepsTheSecretSoTokensStayValid(@TempDir Path home) {
        var orderId = UUID.randomUUID();
        String token = new GuestAccessTokens("", home).issue(orderId);

        assertThat(new GuestAccessTokens("", home).isTokenFor(orderId, token)).isTrue();
    }

    @Test
    void aConfiguredSecretShorterThan32BytesRefusesToStart(@TempDir Path home) {
        assertThatThrownBy(() -> new GuestAccessTokens("too-short-secret", home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gotohotel.security.token-secret")
                .hasMessageContaining("at least 32 bytes");
        new GuestAccessTokens("x".repeat(32), home);
    }

    @Test
    void writingReplacesAnOldFileAndLeavesNoTemporaryBehind(@TempDir Path home) throws Exception {
        Path file = home.resolve("initial-admin-password");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SecretFiles.write(file, "new");

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(Files.list(home)).containsExactly(file);
    }

    @Test
    void createIfAbsentNeverOverwrites(@TempDir Path home) throws Exception {
        Path file = home.resolve("token-secret");

        assertThat(SecretFiles.createIfAbsent(file, "first")).isTrue();
        assertThat(SecretFiles.createIfAbsent(file, "second")).isFalse();

        assertThat(Files.readString(file)).isEqualTo("first");
        assertThat(Files.list(home)).containsExactly(file);
    }

    @Test
    void theHomeIsCreatedOwnerOnlyBeforeAnythingElseStarts(@TempDir Path parent) throws Exception {
        Path home = parent.resolve("a").resolve("home");
        var environment = new MockEnvironment().withProperty("gotohotel.home", home.toString());

        new PrivateHome().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));

        assertThat(permissions(home)).isEqualTo("rwx------");
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
