package gotohotel.backend.staff;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import gotohotel.backend.security.BearerToken;
import gotohotel.shared.api.StaffLoginRequest;
import gotohotel.shared.api.StaffLoginResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Staff sign in (throttled per username and per client address) and sign out. */
@RestController
class StaffLoginController {

    private final StaffAuthentication authentication;

    StaffLoginController(StaffAuthentication authentication) {
        this.authentication = authentication;
    }

    @PostMapping("/api/staff/login")
    @Operation(operationId = "login", summary = "Sign in: a staff token")
    @Refuses({"invalid-credentials", "account-disabled", "too-many-login-attempts"})
    StaffLoginResponse login(@RequestBody StaffLoginRequest request, HttpServletRequest http) {
        return authentication.login(request.username(), request.password(), http.getRemoteAddr());
    }

    /** The {@link StaffGuard} has already checked the token; it is deleted and dead from now on. */
    @PostMapping("/api/staff/logout")
    @Operation(operationId = "logout", summary = "Sign out: the token is refused from now on")
    @ApiResponse(responseCode = "204", description = "Signed out")
    ResponseEntity<Void> logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        authentication.logout(BearerToken.from(authorization));
        return ResponseEntity.noContent().build();
    }
}
