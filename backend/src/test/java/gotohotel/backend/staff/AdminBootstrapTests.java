package gotohotel.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

    private final StaffAccountRepository accounts = mock(StaffAccountRepository.class);
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder(4);

    @Test
    void generatesAPasswordPrintsItOnceAndKeepsItForTheOwnerOnly(@TempDir Path home, CapturedOutput output)
            throws Exception {
        new AdminBootstrap(accounts, mock(StaffAudit.class), passwords, new StaffProperties(Duration.ofHours(12), ""), home,
                Clock.systemUTC()).run(null);

        var saved = ArgumentCaptor.forClass(StaffAccount.class);
        verify(accounts).saveAndFlush(saved.capture());
        Path file = home.resolve("initial-admin-password");
        String password = Files.readString(file).trim();
        assertThat(passwords.matches(password, saved.getValue().passwordHash())).isTrue();
        assertThat(saved.getValue().passwordHash()).doesNotContain(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(output.getOut().split(password, -1)).hasSize(2);
    }

    @Test
    void usesTheConfiguredPasswordAndWritesNoFile(@TempDir Path home, CapturedOutput output) throws Exception {
        new AdminBootstrap(accounts, mock(StaffAudit.class), passwords, new StaffProperties(Duration.ofHours(12), "s3cret-desk"), home,
                Clock.systemUTC()).run(null);

        var saved = ArgumentCaptor.forClass(StaffAccount.class);
        verify(accounts).saveAndFlush(saved.capture());
        assertThat(passwords.matches("s3cret-desk", saved.getValue().passwordHash())).isTrue();
        assertThat(home.resolve("initial-admin-password")).doesNotExist();
        assertThat(output.getAll()).doesNotContain("s3cret-desk");
    }

    @Test
    void leavesAnExistingAdminAlone(@TempDir Path home) throws Exception {
        when(accounts.existsById("admin")).thenReturn(true);

        new AdminBootstrap(accounts, mock(StaffAudit.class), passwords, new StaffProperties(Duration.ofHours(12), ""), home,
                Clock.systemUTC()).run(null);

        verify(accounts, never()).saveAndFlush(any());
    }
}
