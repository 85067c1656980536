package gotohotel.backend.mypage;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import gotohotel.backend.web.ApiDocs;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.security.BearerToken;
import gotohotel.backend.security.GuestAccessTokens;
import gotohotel.shared.api.MyPageView;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The guest's my page, behind the order's access token; staff may rebuild the read model. */
@RestController
class MyPageController {

    private static final String REBUILD = "/api/staff/mypages/rebuild";

    private final MyPageRepository pages;
    private final MyPageGenerations generations;
    private final GuestAccessTokens tokens;
    private final MyPageRebuildJob job;
    private final MyPageRebuilds rebuilds;
    private final TransactionTemplate snapshot;

    MyPageController(MyPageRepository pages, MyPageGenerations generations, GuestAccessTokens tokens,
                     MyPageRebuildJob job, MyPageRebuilds rebuilds, PlatformTransactionManager transactionManager) {
        this.pages = pages;
        this.generations = generations;
        this.tokens = tokens;
        this.job = job;
        this.rebuilds = rebuilds;
        this.snapshot = new TransactionTemplate(transactionManager);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The page in the live generation, read in one snapshot so a switch and deletion cannot slip between. */
    @GetMapping("/api/mypages/{orderId}")
    @Operation(operationId = "getMyPage", summary = "My page: the booking's status, history and messages")
    @SecurityRequirement(name = ApiDocs.GUEST_TOKEN)
    @Refuses("not-found")
    MyPageView find(@PathVariable UUID orderId,
                    @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (!tokens.isTokenFor(orderId, BearerToken.from(authorization))) {
            throw new NotFoundException("My page of order " + orderId);
        }
        return snapshot.execute(status -> pages.findById(new MyPage.Key(generations.live(), orderId))
                        .map(MyPage::view))
                .orElseThrow(() -> new NotFoundException("My page of order " + orderId));
    }

    /** Starts a rebuild (202 and its status) unless one is running (409). */
    @PostMapping(REBUILD)
    @Operation(operationId = "startMyPageRebuild", summary = "Rebuild my page from the topics")
    @ApiResponse(responseCode = "202", description = "Started: the rebuild", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where to follow it", required = true,
            schema = @Schema(type = "string")))
    @Refuses("rebuild-running")
    ResponseEntity<Rebuild> rebuild() {
        try {
            return ResponseEntity.accepted().location(URI.create(REBUILD)).body(job.start());
        } catch (MyPageRebuilds.AlreadyRunningException running) {
            throw new DomainRuleException("rebuild-running", "Conflict", "My page rebuild "
                    + running.running().rebuildId()
                    + " is running (" + running.running().status() + ", " + running.running().recordsRead()
                    + " of " + running.running().recordsTotal() + " records read); see GET " + REBUILD + ".");
        }
    }

    /** The latest rebuild: running or how it ended. */
    @GetMapping(REBUILD)
    @Operation(operationId = "getMyPageRebuild", summary = "The latest my page rebuild")
    @Refuses("not-found")
    Rebuild latestRebuild() {
        return rebuilds.latest().orElseThrow(() -> new NotFoundException("A my page rebuild"));
    }
}
