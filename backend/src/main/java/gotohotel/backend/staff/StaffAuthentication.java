package gotohotel.backend.staff;

import gotohotel.backend.domain.NotAuthenticatedException;
import gotohotel.shared.api.StaffLoginResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs staff in (throttled) and out, and recognises their tokens (only while the account is enabled). */
@Service
class StaffAuthentication {

    private final StaffAccountRepository accounts;
    private final StaffTokens tokens;
    private final LoginThrottle throttle;
    private final BCryptPasswordEncoder passwords;
    private final StaffProperties properties;
    private final Clock clock;
    private final ServerIdentity server;
    /** Compared against when the user does not exist, so both failures take as long. */
    private final String decoyHash;

    StaffAuthentication(StaffAccountRepository accounts, StaffTokens tokens, LoginThrottle throttle,
                        BCryptPasswordEncoder passwords, StaffProperties properties, Clock clock,
                        ServerIdentity server) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
        this.server = server;
        this.decoyHash = passwords.encode("decoy-password-never-matches");
    }

    /** Checks the password unless the username or the client address is throttled (429, no bcrypt). */
    @Transactional
    StaffLoginResponse login(String username, String password, String clientAddress) {
        throttle.admit(username, clientAddress);
        var account = username == null || username.indexOf('\0') >= 0 || username.length() > 64
                ? Optional.<StaffAccount>empty() : accounts.findById(username.trim());
        boolean matches = password != null
                && passwords.matches(password, account.map(StaffAccount::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches) {
            throw new NotAuthenticatedException("invalid-credentials", "Invalid credentials",
                    "Unknown username or wrong password.");
        }
        throttle.succeeded(username, clientAddress);
        if (!account.get().enabled()) {
            throw new NotAuthenticatedException("account-disabled", "Account disabled",
                    "This account is disabled; a manager can enable it again.");
        }
        var expiresAt = clock.instant().plus(properties.tokenLifetime());
        String token = tokens.issue(account.get().username(), expiresAt);
        return new StaffLoginResponse(token, expiresAt, account.get().displayName(), server.id(),
                account.get().role(), account.get().passwordChangedAt());
    }

    /** Signs out: the token is deleted, so it is refused from now on. */
    @Transactional
    void logout(String token) {
        tokens.revoke(token);
    }

    @Transactional(readOnly = true)
    Optional<StaffPrincipal> authenticate(String token) {
        return tokens.owner(token, clock.instant())
                .flatMap(accounts::findById)
                .filter(StaffAccount::enabled)
                .map(account -> new StaffPrincipal(account.username(), account.displayName(), account.role()));
    }

    @Scheduled(fixedDelay = 3_600_000)
    @Transactional
    void purgeExpiredTokens() {
        tokens.purgeExpired(clock.instant());
    }
}
