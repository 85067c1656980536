package gotohotel.backend.staff;

import gotohotel.backend.security.SecretFiles;
import gotohotel.shared.api.StaffRole;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start, creates the {@code admin} account, a manager: with {@code GOTOHOTEL_ADMIN_PASSWORD}, or with a
 * generated password that is printed once on the console (never to the log) and written to
 * {@code $GOTOHOTEL_HOME/initial-admin-password}, created readable by the owner only (see {@link SecretFiles}).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccountRepository accounts;
    private final StaffAudit audit;
    private final BCryptPasswordEncoder passwords;
    private final StaffProperties properties;
    private final Path home;
    private final Clock clock;
    private final PrintStream console;

    AdminBootstrap(StaffAccountRepository accounts, StaffAudit audit, BCryptPasswordEncoder passwords, StaffProperties properties,
                   @Value("${gotohotel.home}") Path home, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.passwords = passwords;
        this.properties = properties;
        this.home = home;
        this.clock = clock;
        this.console = System.out;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.existsById("admin")) {
            return;
        }
        boolean generated = properties.adminPassword() == null || properties.adminPassword().isBlank();
        String password = generated ? generate() : properties.adminPassword();
        var now = clock.instant();
        accounts.saveAndFlush(new StaffAccount("admin", passwords.encode(password), "Administrator", StaffRole.MANAGER,
                now));
        audit.record("admin", StaffAudit.Action.CREATED, null, now);
        if (generated) {
            Path file = home.resolve("initial-admin-password");
            SecretFiles.write(file, password + System.lineSeparator());
            console.println("GotoHotel: created staff account 'admin' with password: " + password);
            console.println("GotoHotel: the password is also in " + file + " (delete it once noted)");
            log.info("Created staff account 'admin' with a generated password (see {})", file);
        } else {
            log.info("Created staff account 'admin' with the password from GOTOHOTEL_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
