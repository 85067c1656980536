package gotohotel.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.Api;
import gotohotel.backend.support.Bookings;
import gotohotel.shared.event.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Orders per client address (decision record 54), over real HTTP: three orders from an address, the fourth refused
 * with 429 problem+json and Retry-After before it is even read; another address is not affected; X-Forwarded-For is
 * believed from the trusted proxies (127.0.0.1 and 10.x here, {@code server.tomcat.remoteip.internal-proxies}) only,
 * and only its last hop before them, never what a client wrote itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gotohotel.web.order-rate-limit.enabled=true",
        "gotohotel.web.order-rate-limit.orders=3",
        "gotohotel.web.order-rate-limit.per=1h",
        // behind a reverse proxy: Tomcat's RemoteIpValve believes X-Forwarded-For from these peers only
        "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1|10\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}"})
@EmbeddedKafka(partitions = 3, topics = {Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS, Topics.NOTIFICATIONS,
        Topics.NOTIFICATIONS_DLT})
class OrderRateLimitEndToEndTests {

    @LocalServerPort
    private int port;
    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void theFourthOrderFromOneAddressWithinTheHourIsRefusedWithRetryAfter() {
        String client = randomDocumentationAddress();
        var first = order(client, Bookings.request("STANDARD"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(order(client, Map.of("guestName", "no card")).status()).isEqualTo(400);   // every attempt counts
        assertThat(order(client, Map.of()).status()).isEqualTo(400);

        var refused = order(client, Bookings.request("STANDARD"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:too-many-orders");
        assertThat(refused.body().get("status").asInt()).isEqualTo(429);
        // one order comes back every 20 minutes
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1190L, 1200L);
        assertThat(order(randomDocumentationAddress(), Bookings.request("STANDARD")).status())
                .as("another address").isEqualTo(201);
    }

    @Test
    void onlyTheLastHopBeforeTheTrustedProxiesCounts() {
        String client = randomDocumentationAddress();
        // what the client wrote itself (left) is never believed: each request names a new "client" there
        for (int i = 0; i < 3; i++) {
            assertThat(order("198.51.100." + i + ", " + client + ", 10.1.2.3", Map.of()).status()).isEqualTo(400);
        }
        assertThat(order("198.51.100.99, " + client, Map.of()).status()).isEqualTo(429);
    }

    @Test
    void xForwardedForFromAPeerNotTrustedIsIgnored() throws IOException {
        // 127.0.0.2 is this machine too, but not a trusted proxy: its requests count as its own, whatever they claim
        for (int i = 0; i < 3; i++) {
            assertThat(rawOrderFrom("127.0.0.2", randomDocumentationAddress())).startsWith("HTTP/1.1 400");
        }
        assertThat(rawOrderFrom("127.0.0.2", randomDocumentationAddress())).startsWith("HTTP/1.1 429")
                .contains("Retry-After: ", "urn:gotohotel:problem:too-many-orders");
    }

    private Api.Response order(String forwardedFor, Object body) {
        return api.post("/api/orders", body, null, Map.of("X-Forwarded-For", forwardedFor));
    }

    /** TEST-NET-3, one address per call (the limiter keeps its buckets for the context's life). */
    private static String randomDocumentationAddress() {
        var random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    /** An empty order over a socket bound to {@code local}: the status line and headers, and the body. */
    private String rawOrderFrom(String local, String forwardedFor) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(local), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/orders HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            var answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
