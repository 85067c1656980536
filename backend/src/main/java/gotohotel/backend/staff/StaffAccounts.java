package gotohotel.backend.staff;

import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.InvalidInputException.Violation;
import gotohotel.backend.staff.StaffAudit.Action;
import gotohotel.shared.api.NewStaffAccount;
import gotohotel.shared.api.StaffAccountChange;
import gotohotel.shared.api.StaffAccountState;
import gotohotel.shared.api.StaffAccountView;
import gotohotel.shared.api.StaffRole;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers create, rename, re-role, disable and re-enable accounts and reset passwords; everyone changes their own.
 * Disabling an account or setting its password ends its sessions at once (its tokens are deleted); there is always
 * at least one enabled manager. Every change goes into the account's audit trail.
 */
@Service
class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);
    /** Letters (Hangul too), digits, dot, dash and underscore, as people type them on a desk. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,64}");
    static final int MAX_DISPLAY_NAME = 100;

    private final StaffAccountRepository accounts;
    private final StaffTokens tokens;
    private final StaffAudit audit;
    private final PasswordPolicy policy;
    private final BCryptPasswordEncoder passwords;
    private final Clock clock;

    StaffAccounts(StaffAccountRepository accounts, StaffTokens tokens, StaffAudit audit, PasswordPolicy policy,
                  BCryptPasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.policy = policy;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<StaffAccountView> all() {
        return accounts.findAllByOrderByUsername().stream().map(StaffAccount::view).toList();
    }

    @Transactional(readOnly = true)
    Optional<StaffAccountView> find(String username) {
        return accounts.findById(username).map(StaffAccount::view);
    }

    /** For desks: who may sign in and when each password was set. */
    @Transactional(readOnly = true)
    List<StaffAccountState> states() {
        return accounts.findAllByOrderByUsername().stream()
                .map(a -> new StaffAccountState(a.username(), a.enabled(), a.passwordChangedAt())).toList();
    }

    @Transactional
    StaffAccountView create(NewStaffAccount request, StaffPrincipal by) {
        var violations = new ArrayList<Violation>();
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            violations.add(new Violation("username", "must be 2 to 64 letters, digits, '.', '-' or '_'"));
        }
        checkDisplayName(request.displayName(), violations);
        if (request.role() == null) {
            violations.add(new Violation("role", "must be MANAGER, RECEPTIONIST or HOUSEKEEPING"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        policy.check("password", request.password(), username, request.displayName());
        if (accounts.existsById(username)) {
            throw new DomainRuleException("staff-account-exists", "Account exists",
                    "There is already an account named '" + username + "'.");
        }
        var now = clock.instant();
        StaffAccount account;
        try {
            account = accounts.saveAndFlush(new StaffAccount(username, passwords.encode(request.password()),
                    request.displayName().strip(), request.role(), now));
        } catch (org.springframework.dao.DataIntegrityViolationException createdMeanwhile) {
            throw new DomainRuleException("staff-account-exists", "Account exists",
                    "There is already an account named '" + username + "'.");
        }
        audit.record(username, Action.CREATED, by.username(), now);
        log.info("{} created the {} account '{}'", by.username(), request.role(), username);
        return account.view();
    }

    @Transactional
    StaffAccountView change(String username, StaffAccountChange change, StaffPrincipal by) {
        var violations = new ArrayList<Violation>();
        if (change.displayName() != null) {
            checkDisplayName(change.displayName(), violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var managers = accounts.lockEnabledManagers();
        var account = existing(username);
        var now = clock.instant();
        if (change.displayName() != null && !change.displayName().strip().equals(account.displayName())) {
            account.rename(change.displayName().strip());
            audit.record(username, Action.RENAMED, by.username(), now);
        }
        if (change.role() != null && change.role() != account.role()) {
            keepAManager(account, managers, "become a " + change.role().name().toLowerCase(java.util.Locale.ROOT));
            account.assign(change.role());
            audit.record(username, Action.ROLE_CHANGED, by.username(), now);
        }
        if (Boolean.FALSE.equals(change.enabled()) && account.enabled()) {
            keepAManager(account, managers, "be disabled");
            account.disable(now);
            tokens.revokeAll(username);
            audit.record(username, Action.DISABLED, by.username(), now);
            log.info("{} disabled the account '{}'; its sessions ended", by.username(), username);
        } else if (Boolean.TRUE.equals(change.enabled()) && !account.enabled()) {
            account.enable();
            audit.record(username, Action.ENABLED, by.username(), now);
            log.info("{} re-enabled the account '{}'", by.username(), username);
        }
        return account.view();
    }

    /** A manager sets someone's password: every session of that account ends. */
    @Transactional
    void resetPassword(String username, String password, StaffPrincipal by) {
        var account = existing(username);
        policy.check("password", password, username, account.displayName());
        account.changePassword(passwords.encode(password), clock.instant());
        tokens.revokeAll(username);
        audit.record(username, Action.PASSWORD_RESET, by.username(), clock.instant());
        log.info("{} reset the password of '{}'; its sessions ended", by.username(), username);
    }

    /** A person changes their own password: their other sessions end, this one goes on. */
    @Transactional
    void changeOwnPassword(StaffPrincipal who, String currentToken, String current, String next) {
        var account = existing(who.username());
        if (current == null || !passwords.matches(current, account.passwordHash())) {
            throw new InvalidInputException(List.of(new Violation("currentPassword", "is not your current password")));
        }
        policy.check("newPassword", next, account.username(), account.displayName());
        account.changePassword(passwords.encode(next), clock.instant());
        tokens.revokeAllBut(who.username(), currentToken);
        audit.record(who.username(), Action.PASSWORD_CHANGED, who.username(), clock.instant());
    }

    private StaffAccount existing(String username) {
        return accounts.findById(username).orElseThrow(() -> new UnknownAccountException(username));
    }

    private static void keepAManager(StaffAccount account, List<StaffAccount> enabledManagers, String what) {
        if (account.isEnabledManager() && enabledManagers.size() <= 1) {
            throw new DomainRuleException("last-manager", "The last manager",
                    "'" + account.username() + "' is the only enabled manager and cannot " + what
                            + "; make another manager first.");
        }
    }

    private static void checkDisplayName(String displayName, List<Violation> violations) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_DISPLAY_NAME
                || displayName.chars().anyMatch(Character::isISOControl)) {
            violations.add(new Violation("displayName", "is required (at most " + MAX_DISPLAY_NAME + " characters)"));
        }
    }

    /** No account has that username. */
    static class UnknownAccountException extends RuntimeException {

        UnknownAccountException(String username) {
            super("staff account '" + username + "'");
        }
    }
}
