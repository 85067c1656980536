package gotohotel.backend.staff;

import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.security.BearerToken;
import gotohotel.shared.api.NewStaffAccount;
import gotohotel.shared.api.PasswordChange;
import gotohotel.shared.api.PasswordReset;
import gotohotel.shared.api.StaffAccountChange;
import gotohotel.shared.api.StaffAccountState;
import gotohotel.shared.api.StaffAccountView;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts: managers manage them under {@code /api/staff/accounts} (the {@link ManagerGuard} answers 403 to
 * anyone else); every signed-in person changes their own password; desks read who may still sign in.
 */
@RestController
class StaffAccountController {

    private static final String ACCOUNTS = "/api/staff/accounts";

    private final StaffAccounts accounts;

    StaffAccountController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(ACCOUNTS)
    List<StaffAccountView> all() {
        return accounts.all();
    }

    @GetMapping(ACCOUNTS + "/{username}")
    StaffAccountView one(@PathVariable String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("staff account '" + username + "'"));
    }

    @PostMapping(ACCOUNTS)
    ResponseEntity<StaffAccountView> create(@RequestBody NewStaffAccount request,
                                            @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        var created = accounts.create(request, by);
        return ResponseEntity.created(URI.create(ACCOUNTS + "/" + created.username())).body(created);
    }

    /** Rename, change the role, disable ({@code "enabled": false}: its sessions end at once) or re-enable. */
    @PatchMapping(ACCOUNTS + "/{username}")
    StaffAccountView change(@PathVariable String username, @RequestBody StaffAccountChange change,
                            @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        return known(username, () -> accounts.change(username, change, by));
    }

    @PostMapping(ACCOUNTS + "/{username}/password")
    ResponseEntity<Void> reset(@PathVariable String username, @RequestBody PasswordReset reset,
                               @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        known(username, () -> {
            accounts.resetPassword(username, reset.password(), by);
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    /** Any signed-in person: a new password for their own account (the current one proves it is them). */
    @PostMapping("/api/staff/me/password")
    ResponseEntity<Void> changeOwn(@RequestBody PasswordChange change,
                                   @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal me,
                                   @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        accounts.changeOwnPassword(me, BearerToken.from(authorization), change.currentPassword(),
                change.newPassword());
        return ResponseEntity.noContent().build();
    }

    /** For desks: which accounts may sign in and when each password was set, to keep offline sign-in honest. */
    @GetMapping("/api/sync/staff")
    List<StaffAccountState> states() {
        return accounts.states();
    }

    private static <T> T known(String username, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (StaffAccounts.UnknownAccountException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
