package gotohotel.backend.staff;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
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
    @Operation(operationId = "listStaffAccounts", summary = "The staff accounts")
    List<StaffAccountView> all() {
        return accounts.all();
    }

    @GetMapping(ACCOUNTS + "/{username}")
    @Operation(operationId = "getStaffAccount", summary = "A staff account")
    @Refuses("not-found")
    StaffAccountView one(@PathVariable String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("staff account '" + username + "'"));
    }

    @PostMapping(ACCOUNTS)
    @Operation(operationId = "createStaffAccount", summary = "Make a staff account")
    @ApiResponse(responseCode = "201", description = "Made: the account", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "The account's path", required = true,
            schema = @Schema(type = "string")))
    @Refuses("staff-account-exists")
    ResponseEntity<StaffAccountView> create(@RequestBody NewStaffAccount request,
                                            @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        var created = accounts.create(request, by);
        return ResponseEntity.created(URI.create(ACCOUNTS + "/" + created.username())).body(created);
    }

    /** Rename, change the role, disable ({@code "enabled": false}: its sessions end at once) or re-enable. */
    @PatchMapping(ACCOUNTS + "/{username}")
    @Operation(operationId = "changeStaffAccount", summary = "Rename, change the role, disable or enable an account")
    @Refuses({"not-found", "last-manager"})
    StaffAccountView change(@PathVariable String username, @RequestBody StaffAccountChange change,
                            @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        return known(username, () -> accounts.change(username, change, by));
    }

    @PostMapping(ACCOUNTS + "/{username}/password")
    @Operation(operationId = "resetStaffPassword", summary = "Set an account's password; its sessions end")
    @ApiResponse(responseCode = "204", description = "Set")
    @Refuses("not-found")
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
    @Operation(operationId = "changeOwnPassword", summary = "Change one's own password; one's other sessions end")
    @ApiResponse(responseCode = "204", description = "Changed")
    ResponseEntity<Void> changeOwn(@RequestBody PasswordChange change,
                                   @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal me,
                                   @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        accounts.changeOwnPassword(me, BearerToken.from(authorization), change.currentPassword(),
                change.newPassword());
        return ResponseEntity.noContent().build();
    }

    /** For desks: which accounts may sign in and when each password was set, to keep offline sign-in honest. */
    @GetMapping("/api/sync/staff")
    @Operation(operationId = "listStaffStates", summary = "For desks: the accounts that may sign in, and their passwords' age")
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
