package gotohotel.backend.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.EndToEndTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Waiting desks are bounded (issue 17): one read of the feed answers every request waiting at the same cursor,
 * on the feed's own connections, and requests over the caps (12 on this server in the tests, 2 per desk) are
 * refused with a Retry-After instead of waiting.
 */
class FeedRoundsEndToEndTests extends EndToEndTest {

    private static final int SERVER_CAP = 12;
    private static final int GUESTS_POOL = 10;
    private static final String FORGED_EPOCH = "0123456789abcdef0123456789abcdef";

    @Autowired
    private DataSource dataSource;
    @Autowired
    private MeterRegistry meters;
    @LocalServerPort
    private int port;

    @BeforeEach
    void nobodyWaiting() {
        await("no requests left waiting by other tests").atMost(Duration.ofSeconds(40)).until(() -> waiting() == 0);
    }

    @Test
    void oneCommitAnswersEveryWaitingDeskWithOneReadOnTheFeedsOwnConnections() {
        var desks = new ArrayList<String>();
        for (int i = 0; i < SERVER_CAP / 2; i++) {
            desks.add(staffToken());
        }
        String cursor = feedEnd(desks.get(0));
        var answers = new ArrayList<CompletableFuture<Response>>();
        for (String desk : desks) {
            for (int poll = 0; poll < 2; poll++) {
                answers.add(longPoll(desk, cursor));
            }
        }
        await("every request waiting").atMost(Duration.ofSeconds(10)).until(() -> waiting() == SERVER_CAP);
        double readsBefore = await("the reader idle").during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(this::reads, reads -> true);
        double feedPoolUsesBefore = feedPoolUses();

        String orderId = placeOrder();

        for (var answer : answers) {
            var page = answer.join();
            assertThat(page.status()).isEqualTo(200);
            assertThat(orderIds(page)).contains(orderId);
        }
        double reads = reads() - readsBefore;
        assertThat(reads).as("feed reads for %d waiting requests", SERVER_CAP).isBetween(1.0, 3.0);
        assertThat(feedPoolUses() - feedPoolUsesBefore).as("connections taken from the feed's own pool")
                .isGreaterThanOrEqualTo(reads);
    }

    @Test
    void aDeskIsAdmittedAndAnsweredWithoutAConnectionOfTheGuestsPool() throws SQLException {
        String desk = staffToken();
        String cursor = feedEnd(desk);
        String signedOut = staffToken();
        api.post("/api/staff/logout", null, signedOut);
        var held = new ArrayList<Connection>();
        try {
            for (int i = 0; i < GUESTS_POOL; i++) {   // every connection guests' orders could have
                held.add(dataSource.getConnection());
            }

            var page = api.get("/api/sync/changes?since=" + cursor, desk);
            var unknown = api.get("/api/sync/changes?since=" + cursor, signedOut);
            var forged = api.get("/api/sync/changes?since=" + FORGED_EPOCH + ".0", desk);

            assertThat(page.status()).as(page.text()).isEqualTo(200);
            assertThat(page.body().get("changes").size()).isZero();
            assertThat(unknown.status()).isEqualTo(401);
            assertThat(unknown.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"gotohotel-staff\"");
            assertThat(unknown.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:unauthenticated");
            assertThat(forged.status()).isEqualTo(409);
            assertThat(forged.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:sync-feed-reset");
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void requestsOverTheDesksCapAre429AndOverTheServersCap503BothWithRetryAfterAndTheWaitingStillGetTheirChanges() {
        String firstDesk = staffToken();
        String cursor = feedEnd(firstDesk);
        var answers = new ArrayList<CompletableFuture<Response>>(List.of(longPoll(firstDesk, cursor),
                longPoll(firstDesk, cursor)));
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting() == 2);

        var thirdOfOneDesk = api.get("/api/sync/changes?since=" + cursor + "&waitSeconds=20", firstDesk);

        assertThat(thirdOfOneDesk.status()).isEqualTo(429);
        assertThat(thirdOfOneDesk.contentType()).startsWith("application/problem+json");
        assertThat(thirdOfOneDesk.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:sync-busy");
        assertThat(thirdOfOneDesk.header("Retry-After")).isEqualTo("5");

        for (int i = 1; i < SERVER_CAP / 2; i++) {
            String desk = staffToken();
            answers.add(longPoll(desk, cursor));
            answers.add(longPoll(desk, cursor));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting() == SERVER_CAP);
        String anotherDesk = staffToken();

        var overTheServersCap = api.get("/api/sync/changes?since=" + cursor + "&waitSeconds=20", anotherDesk);
        var aPageOverTheServersCap = api.get("/api/sync/changes?since=" + cursor, anotherDesk);

        assertThat(overTheServersCap.status()).isEqualTo(503);
        assertThat(overTheServersCap.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:sync-busy");
        assertThat(overTheServersCap.header("Retry-After")).isEqualTo("5");
        assertThat(aPageOverTheServersCap.status()).isEqualTo(503);

        String orderId = placeOrder();

        for (var answer : answers) {
            assertThat(answer.join().status()).isEqualTo(200);
            assertThat(orderIds(answer.join())).contains(orderId);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting() == 0);
        assertThat(api.get("/api/sync/changes?since=" + cursor, anotherDesk).status()).isEqualTo(200);
    }

    @Test
    void aPageIsGzippedForTheRequestsThatAcceptItAndIsTheSameJsonAsThePlainOne() {
        String desk = staffToken();
        String cursor = feedEnd(desk);
        for (int i = 0; i < 4; i++) {   // more than PageJson.GZIP_FROM bytes of changes
            placeOrder();
        }
        String page = "/api/sync/changes?limit=4&since=" + cursor;
        await("four changes after the cursor").atMost(Duration.ofSeconds(20))
                .until(() -> api.get(page, desk).body().get("changes").size() == 4);

        await("the same page both ways").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var zipped = rawGet(page, desk, "br;q=1.0, gzip;q=0.5");
            var plain = api.get(page, desk);
            assertThat(zipped.statusCode()).isEqualTo(200);
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(plain.header("Content-Encoding")).isNull();
            String inflated = new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(inflated).isEqualTo(plain.text());
            assertThat(zipped.body().length).isLessThan(inflated.length() / 2);
        });
        var refused = rawGet(page, desk, "gzip;q=0, identity");
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private HttpResponse<byte[]> rawGet(String path, String desk, String acceptEncoding) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + desk).header("Accept-Encoding", acceptEncoding).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<Response> longPoll(String desk, String cursor) {
        return CompletableFuture.supplyAsync(() -> api.get("/api/sync/changes?since=" + cursor + "&waitSeconds=20",
                desk));
    }

    /** Pages through the whole feed; the cursor at its end. */
    private String feedEnd(String staff) {
        String cursor = null;
        while (true) {
            var page = api.get("/api/sync/changes?limit=1000" + (cursor == null ? "" : "&since=" + cursor), staff);
            assertThat(page.status()).isEqualTo(200);
            cursor = page.body().get("nextCursor").asString();
            if (!page.body().get("hasMore").asBoolean()) {
                return cursor;
            }
        }
    }

    private double waiting() {
        return meters.get("gotohotel.sync.waiting").gauge().value();
    }

    private double reads() {
        return meters.get("gotohotel.sync.feed.reads").counter().count();
    }

    private double feedPoolUses() {
        return meters.get("hikaricp.connections.usage").tag("pool", FeedPool.NAME).timer().count();
    }

    private static List<String> orderIds(Response page) {
        var ids = new ArrayList<String>();
        page.body().get("changes").forEach(change -> ids.add(change.get("orderId").asString()));
        return ids;
    }
}
