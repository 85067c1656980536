package gotohotel.backend.sync;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import gotohotel.backend.web.ApiDocs;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.reservation.ReservationHistory;
import gotohotel.backend.security.BearerToken;
import gotohotel.backend.staff.StaffSessions;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.CommandBatch;
import gotohotel.shared.sync.CommandBatchResult;
import gotohotel.shared.sync.DeskRegistration;
import gotohotel.shared.sync.HistoryLineView;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** The front desk's sync API (staff token required, see the staff guard). */
@RestController
@RequestMapping("/api/sync")
class SyncController {

    static final int MAX_LIMIT = 1000;
    static final int MAX_WAIT_SECONDS = 30;

    private final WaitingRequests waiting;
    private final FeedRounds rounds;
    private final PageJson pages;
    private final SyncProperties properties;
    private final CommandBatches batches;
    private final ReservationHistory history;

    SyncController(WaitingRequests waiting, FeedRounds rounds, PageJson pages,
                   SyncProperties properties, CommandBatches batches, ReservationHistory history) {
        this.waiting = waiting;
        this.rounds = rounds;
        this.pages = pages;
        this.properties = properties;
        this.batches = batches;
        this.history = history;
    }

    /**
     * Reservation snapshots changed after {@code since}, oldest first. With nothing new it waits up to
     * {@code waitSeconds} and answers as soon as a change commits. A cursor not in this feed is a 409 (decision 39).
     * The feed's reader admits the request (staff token and cursor, {@link Admissions}) and reads its page
     * ({@link FeedRounds}), both on the feed's own connections: this thread touches no database. Over the caps on
     * waiting requests it is 503 (this server) or 429 (this desk), {@code sync-busy} with a Retry-After.
     */
    @GetMapping("/changes")
    @Operation(operationId = "getChanges", summary = "The changes feed: reservations and rooms changed after a cursor")
    @ApiResponse(responseCode = "200", description = "A page of the changes feed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ChangesPage.class)))
    @Refuses({"unauthenticated", "sync-feed-reset", "sync-busy"})
    DeferredResult<ResponseEntity<byte[]>> changes(@RequestParam(required = false) String since,
                                                   @RequestParam(defaultValue = "500") int limit,
                                                   @RequestParam(defaultValue = "0") int waitSeconds,
                                                   HttpServletRequest request) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            throw new InvalidInputException("waitSeconds", "must be between 0 and " + MAX_WAIT_SECONDS);
        }
        String token = BearerToken.from(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            throw StaffSessions.loginRequired();
        }
        var cursor = Cursor.parse(since);
        boolean waits = waitSeconds > 0;
        var result = new DeferredResult<ResponseEntity<byte[]>>(waits ? Duration.ofSeconds(waitSeconds).toMillis()
                : properties.waiting().readTimeout().toMillis());
        String desk = DeskKey.of(token);
        var read = new PendingRead(desk, cursor, limit, waits,
                PageJson.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)), result);
        waiting.admit(read);
        result.onTimeout(() -> {
            if (waits && read.admitted()) {
                read.answer(pages.of(read.nothingNew()));
            } else {
                result.setErrorResult(waiting.busy("The changes feed did not answer in time; ask again in a moment."));
            }
        });
        result.onCompletion(() -> {
            waiting.remove(read);
            rounds.written(read);
        });
        rounds.arrived(read, token);
        return result;
    }

    /** A registered desk's decisions, with its secret in the {@value DeskRegistration#SECRET_HEADER} header. */
    @PostMapping("/commands")
    @Operation(operationId = "sendCommands", summary = "Apply a desk's batch of decisions, in seq order, exactly once")
    @SecurityRequirement(name = ApiDocs.DESK_SECRET)
    @Refuses({"desk-not-registered", "desk-revoked", "sync-sequence-gap", "sync-sequence-reused"})
    CommandBatchResult commands(@RequestBody CommandBatch batch,
                                @RequestHeader(name = DeskRegistration.SECRET_HEADER, required = false) String secret,
                                @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        return batches.apply(batch, secret, staff.username());
    }

    /** The reservation's audit trail for the desk's details pane, oldest first; 404 for an unknown one. */
    @GetMapping("/reservations/{reservationId}/history")
    @Operation(operationId = "getReservationHistory", summary = "A reservation's audit trail, oldest first")
    @Refuses("not-found")
    List<HistoryLineView> history(@PathVariable UUID reservationId) {
        var lines = history.of(reservationId);
        if (lines.isEmpty()) {
            throw new NotFoundException("reservation " + reservationId);
        }
        return lines;
    }
}
