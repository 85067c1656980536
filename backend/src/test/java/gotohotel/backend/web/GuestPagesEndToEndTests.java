package gotohotel.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.EndToEndTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guest pages as a browser fetches them (decision records 53 and 54): {@code GET /} is the booking page, every
 * answer carries the Content-Security-Policy and Referrer-Policy, and the pages hold nothing that policy would refuse
 * (GuestWebPageEndToEndTests proves in Chromium that they work under it).
 */
class GuestPagesEndToEndTests extends EndToEndTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    /** A script element without a src (inline script), an on…= handler, a style attribute or element, javascript: URLs. */
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=|<style|javascript:", Pattern.CASE_INSENSITIVE);

    private static final Pattern NAMED_FIELD = Pattern.compile("<(?:input|select|textarea)[^>]*\\sname=",
            Pattern.CASE_INSENSITIVE);

    @Test
    void theRootIsTheBookingPageWithItsSecurityHeaders() {
        var page = api.get("/", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("id=\"search\"", "src=\"/js/book.js\"");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
                "frame-ancestors 'none'", "base-uri 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "http");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void everyPageAndScriptIsServedWithThePolicy() {
        for (String path : List.of("/booking.html", "/js/book.js", "/js/booking.js", "/js/i18n.js", "/js/api.js",
                "/js/format.js", "/css/site.css", "/favicon.svg")) {
            var answer = api.get(path, null);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.header("Content-Security-Policy")).as(path).isEqualTo(
                    SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
        assertThat(api.get("/js/book.js", null).contentType()).contains("javascript");
    }

    @Test
    void theApiAnswersCarryThePolicyAndAGuestsOrderIsNeverCached() {
        var types = api.get("/api/room-types", null);
        assertThat(types.header("Referrer-Policy")).isEqualTo("no-referrer");

        var placed = api.post("/api/orders", gotohotel.backend.support.Bookings.request("STANDARD"), null);

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.header("Cache-Control")).isEqualTo("no-store");
        assertThat(placed.header("Content-Security-Policy")).isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    }

    @Test
    void thePagesHoldNoInlineScriptOrStyleAndNoNamedSecretFields() throws IOException {
        try (Stream<Path> files = Files.walk(STATIC)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                assertThat(INLINE.matcher(html).results().map(r -> r.group()).toList()).as(file.toString()).isEmpty();
                // a field with a name would be sent in the address by a form submitted without the script
                assertThat(NAMED_FIELD.matcher(html).find()).as(file.toString() + ": a field with a name").isFalse();
                assertThat(html).as(file.toString()).doesNotContain("http://", "https://");
            }
        }
        try (Stream<Path> files = Files.walk(STATIC)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                String script = Files.readString(file);
                assertThat(script).as(file.toString()).doesNotContain("eval(", "new Function", "innerHTML",
                        "http://", "https://", "localStorage.setItem('gotohotel.token");
            }
        }
    }
}
