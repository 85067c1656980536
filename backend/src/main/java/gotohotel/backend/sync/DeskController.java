package gotohotel.backend.sync;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.sync.DeskRegistration;
import gotohotel.shared.sync.DeskRegistrationRequest;
import gotohotel.shared.sync.DeskView;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Desk identities: a signed-in staff member registers the desk they sit at (its secret is answered once); managers
 * list the desks and revoke one (the staff guard's manager rule covers {@code /api/staff/desks}).
 */
@RestController
class DeskController {

    private final DeskRegistry desks;

    DeskController(DeskRegistry desks) {
        this.desks = desks;
    }

    @PostMapping("/api/sync/desks")
    @Operation(operationId = "registerDesk", summary = "Register a desk: its id and secret (answered once)")
    @ApiResponse(responseCode = "201", description = "Registered", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "The desk's path", required = true,
            schema = @Schema(type = "string")))
    ResponseEntity<DeskRegistration> register(@RequestBody DeskRegistrationRequest request,
                                              @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        var registration = desks.register(request.name(), staff.username());
        return ResponseEntity.created(URI.create("/api/staff/desks/" + registration.deskId())).body(registration);
    }

    @GetMapping("/api/staff/desks")
    @Operation(operationId = "listDesks", summary = "The registered desks")
    List<DeskView> all() {
        return desks.all();
    }

    /** The desk's commands are refused from now on; it keeps its queue and shows why. */
    @PostMapping("/api/staff/desks/{deskId}/revoke")
    @Operation(operationId = "revokeDesk", summary = "Revoke a desk: its commands are refused from now on")
    @Refuses("not-found")
    DeskView revoke(@PathVariable UUID deskId, @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        return desks.revoke(deskId, staff.username()).orElseThrow(() -> new NotFoundException("desk " + deskId));
    }
}
