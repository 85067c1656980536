package gotohotel.backend.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Creates {@code gotohotel.home} owner-only ({@code 0700}) before anything else (the embedded database
 * included) can create it with looser permissions; warns when an existing one is open to others.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class PrivateHome implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(PrivateHome.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String home = event.getEnvironment().getProperty("gotohotel.home");
        if (home == null || home.isBlank()) {
            return;
        }
        Path directory = Path.of(home);
        try {
            if (Files.isDirectory(directory)) {
                warnIfOpen(directory);
            } else {
                SecretFiles.createPrivateDirectory(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the GotoHotel home " + directory, e);
        }
    }

    private static void warnIfOpen(Path directory) throws IOException {
        try {
            var permissions = Files.getPosixFilePermissions(directory);
            permissions.retainAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
            if (!permissions.isEmpty()) {
                log.warn("{} (GotoHotel home, with secrets) is accessible to other users; chmod 700 it", directory);
            }
        } catch (UnsupportedOperationException notPosix) {
            // nothing to check on file systems without POSIX permissions
        }
    }
}
