package gotohotel.backend.staff;

import gotohotel.shared.api.StaffLoginRequest;
import gotohotel.shared.api.StaffLoginResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StaffLoginController {

    private final StaffAuthentication authentication;

    StaffLoginController(StaffAuthentication authentication) {
        this.authentication = authentication;
    }

    @PostMapping("/api/staff/login")
    StaffLoginResponse login(@RequestBody StaffLoginRequest request) {
        return authentication.login(request.username(), request.password());
    }
}
