package gotohotel.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gotohotel.backend.support.Api;
import gotohotel.backend.support.Bookings;
import gotohotel.shared.event.Topics;
import gotohotel.testkit.MockProvider;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guest booking page in a real browser (Debian's Chromium, headless, driven by Selenium through
 * {@code /usr/bin/chromedriver}) against the whole backend on real HTTP, with the payment provider played over HTTP
 * by a MockWebServer: book and pay, the booking's own page by its link, cancelling with the refund shown, a declined
 * card, a room sold out while the guest typed, the provider down (nothing charged), Korean on a phone's width, and
 * the pages working under their Content-Security-Policy (decision records 53 and 54). Screenshots go to
 * {@code target/web/}, and the README's to {@code docs/images/} with {@code -Dweb.screenshot=docs}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gotohotel.payment.provider=http",
        "gotohotel.payment.timeout=3s",
        "gotohotel.payment.circuit-breaker.sliding-window-size=100",
        "gotohotel.payment.circuit-breaker.minimum-calls=100"})
@EmbeddedKafka(partitions = 3, topics = {Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS, Topics.NOTIFICATIONS,
        Topics.NOTIFICATIONS_DLT})
@DirtiesContext
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class GuestWebPageEndToEndTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The provider answers (UP) or is down (503 to every authorisation). */
    private static volatile boolean providerDown;
    /** Order ids the provider approved, and refunded. */
    private static final Set<String> approved = ConcurrentHashMap.newKeySet();
    private static final Set<String> refunded = ConcurrentHashMap.newKeySet();
    private static final Set<String> authorisationsAsked = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    static final MockProvider provider = new MockProvider(GuestWebPageEndToEndTests::provider);

    @DynamicPropertySource
    static void providerUrl(DynamicPropertyRegistry registry) {
        registry.add("gotohotel.payment.http.base-url", provider::url);
    }

    /** Kept: Selenium's "no CDP implementation matching 150" warning is not this test's business (no CDP is used). */
    private static final java.util.logging.Logger SELENIUM_DEVTOOLS =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    private static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CircuitBreakerRegistry breakers;
    private Api api;

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The guest page's browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, "
                        + "/usr/bin/chromedriver): skipped here; .ci/run installs them, so CI never skips");
        SELENIUM_DEVTOOLS.setLevel(java.util.logging.Level.SEVERE);
        profile = Files.createTempDirectory("gotohotel-chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=en-GB", "--window-size=1280,1000");
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        options.setScriptTimeout(Duration.ofSeconds(30));
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    @BeforeEach
    void fresh() {
        api = new Api(port);
        providerDown = false;
        breakers.circuitBreaker("payment-provider").reset();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open("/");
        script("localStorage.clear()");   // English again (the browser's language), then the page anew
        open("/");
    }

    @Test
    void aGuestBooksAndPaysSeesTheBookingByItsLinkAndCancelsWithTheRefundShown() {
        LocalDate[] stay = Bookings.freshStay();
        String guest = guestName();
        open("/");
        assertThat(browser.getTitle()).isEqualTo("Book a room — GotoHotel");
        search(stay, 2);
        BigDecimal total = priceOf("DELUXE", stay);
        assertThat(room("DELUXE").findElement(By.className("price")).getText()).contains(grouped(total));

        choose("DELUXE");
        fillGuest(guest);
        typeCard(Bookings.APPROVED_CARD.replaceAll("(\\d{4})", "$1 ").trim());
        browser.manage().window().setSize(new Dimension(960, 1000));
        screenshot("guest-booking.png", true);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        by("cardCvc").sendKeys(Keys.ENTER);   // the keyboard pays as the button does

        await("the booking's own page").atMost(PATIENCE).until(() -> browser.getCurrentUrl().contains("/booking.html#"));
        String url = browser.getCurrentUrl();
        assertThat(url).doesNotContain("?");
        Map<String, String> fragment = fragment(url);
        String orderId = fragment.get("order");
        assertThat(fragment.get("token")).hasSizeGreaterThan(20);
        assertThat(statusOf(guest)).isEqualTo("PAID");
        assertThat(approved).contains(orderId);
        assertThat(jdbc.queryForObject("SELECT card_last4 FROM payment WHERE order_id = ?::uuid", String.class, orderId))
                .isEqualTo("4242");

        awaitStatus("PAID");
        assertThat(by("booked").isDisplayed()).isTrue();
        assertThat(by("total").getText()).contains(grouped(total));
        assertThat(by("payment").getText()).contains("4242");
        await("the history and the message about the payment").atMost(PATIENCE).until(() ->
                !browser.findElements(By.cssSelector("#history li[data-status='PAID']")).isEmpty()
                        && !browser.findElements(By.cssSelector("#messages li")).isEmpty());
        screenshot("my-booking.png", false);

        browser.navigate().refresh();   // the link alone opens it again, without the thank-you
        awaitStatus("PAID");
        assertThat(by("booked").isDisplayed()).isFalse();

        by("cancel").click();
        assertThat(by("cancelConfirm").isDisplayed()).isTrue();
        by("cancelYes").click();

        await("the refund shown").atMost(PATIENCE).until(() -> by("outcome").isDisplayed());
        assertThat(by("outcome").getText()).contains("Your booking is cancelled.",
                "Refund: ₩" + grouped(total) + " of ₩" + grouped(total) + " back to your card.");
        awaitStatus("CANCELLED");
        assertThat(by("cancel").isDisplayed()).isFalse();
        assertThat(refunded).contains(orderId);
        assertThat(jdbc.queryForObject("SELECT status FROM payment WHERE order_id = ?::uuid", String.class, orderId))
                .isEqualTo("REFUNDED");
        screenshot("cancelled.png", false);
    }

    @Test
    void aDeclinedCardIsExplainedNothingIsHeldAndAnotherCardBooks() {
        LocalDate[] stay = Bookings.freshStay();
        String guest = guestName();
        search(stay, 1);
        choose("STANDARD");
        fillGuest(guest);
        typeCard(Bookings.DECLINED_CARD);
        by("payButton").click();

        await("the decline explained").atMost(PATIENCE).until(() -> by("payError").isDisplayed());
        assertThat(by("payError").getText()).isEqualTo("Your card was declined, so nothing was charged. "
                + "Please check the details or use another card.");
        assertThat(by("cardCvc").getAttribute("value")).isEmpty();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("cardNumber");
        String declined = jdbc.queryForObject("SELECT id::text FROM orders WHERE guest_name = ?", String.class, guest);
        assertThat(statusOf(guest)).isEqualTo("PAYMENT_DECLINED");
        assertThat(heldNights(declined)).isZero();
        screenshot("declined.png", false);

        by("cardNumber").clear();
        by("cardNumber").sendKeys(Bookings.APPROVED_CARD);
        by("cardCvc").sendKeys("123");
        by("payButton").click();

        awaitStatus("PAID");
        assertThat(jdbc.queryForList("SELECT status FROM orders WHERE guest_name = ?", String.class,
                guest)).containsExactlyInAnyOrder("PAYMENT_DECLINED", "PAID");
    }

    @Test
    void aRoomSoldOutWhileTheGuestTypedIsShownSoldOutAndNothingIsCharged() {
        LocalDate[] stay = Bookings.freshStay();
        for (int tries = 0; availableOf("SUITE", stay) == 0 && tries < 20; tries++) {
            stay = Bookings.freshStay();   // a database kept from an earlier run may have sold these dates
        }
        int suites = availableOf("SUITE", stay);
        assertThat(suites).as("suites free on " + stay[0]).isPositive();
        for (int i = 0; i < suites - 1; i++) {
            assertThat(api.post("/api/orders", Bookings.request("SUITE", stay, Bookings.APPROVED_CARD), null).status())
                    .isEqualTo(201);
        }
        String guest = guestName();
        search(stay, 2);
        assertThat(room("SUITE").findElement(By.className("left")).getText()).isEqualTo("Last room left");
        choose("SUITE");
        fillGuest(guest);
        typeCard(Bookings.APPROVED_CARD);
        int asked = authorisationsAsked.size();
        // someone else takes the last suite meanwhile
        assertThat(api.post("/api/orders", Bookings.request("SUITE", stay, Bookings.APPROVED_CARD), null).status())
                .isEqualTo(201);
        by("payButton").click();

        await("back to the rooms, the suite sold out").atMost(PATIENCE).until(() -> by("roomsError").isDisplayed());
        assertThat(by("roomsError").getText()).startsWith("Sorry, this room has just sold out for your dates.");
        assertThat(by("pay").isDisplayed()).isFalse();
        assertThat(room("SUITE").getAttribute("class")).contains("sold-out");
        assertThat(room("SUITE").findElement(By.className("left")).getText()).isEqualTo("Sold out for these dates");
        assertThat(room("SUITE").findElement(By.tagName("button")).isEnabled()).isFalse();
        assertThat(room("STANDARD").findElement(By.tagName("button")).isEnabled()).isTrue();
        assertThat(authorisationsAsked).as("the provider never asked").hasSize(asked + 1);   // only the other guest's
        assertThat(jdbc.queryForList("SELECT status FROM orders WHERE guest_name = ?", String.class, guest))
                .doesNotContain("PAID");
        screenshot("sold-out.png", false);
    }

    @Test
    void whenThePaymentProviderIsDownThePageSaysTryLaterAndNothingIsCharged() {
        LocalDate[] stay = Bookings.freshStay();
        String guest = guestName();
        search(stay, 3);
        choose("FAMILY");
        fillGuest(guest);
        typeCard(Bookings.APPROVED_CARD);
        providerDown = true;
        by("payButton").click();

        await("try again later").atMost(PATIENCE).until(() -> by("payError").isDisplayed());
        assertThat(by("payError").getText()).startsWith("Payment is unavailable at the moment, so nothing was charged "
                + "and no room is held. Please try again later");
        assertThat(by("payButton").isEnabled()).isTrue();
        String orderId = jdbc.queryForObject("SELECT id::text FROM orders WHERE guest_name = ?", String.class, guest);
        assertThat(statusOf(guest)).isEqualTo("PAYMENT_FAILED");
        assertThat(approved).doesNotContain(orderId);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?::uuid AND status = 'APPROVED'",
                Integer.class, orderId)).isZero();
        assertThat(heldNights(orderId)).isZero();
        screenshot("provider-down.png", false);
    }

    @Test
    void inKoreanOnAPhoneTheGuestFindsTheBookingByItsNumberAndCode() {
        var placed = api.post("/api/orders", Bookings.request("DELUXE"), null);
        assertThat(placed.status()).isEqualTo(201);
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/booking.html");
        await("the find form").atMost(PATIENCE).until(() -> by("find").isDisplayed());
        by("language").sendKeys(Keys.ENTER);   // by keyboard
        assertThat(by("heading").getText()).isEqualTo("내 예약");
        assertThat(script("return document.documentElement.lang")).isEqualTo("ko");
        by("orderId").sendKeys(placed.body().get("orderId").asString());
        by("accessToken").sendKeys(placed.body().get("accessToken").asString(), Keys.ENTER);

        awaitStatus("PAID");
        assertThat(by("status").getText()).isEqualTo("결제 완료 — 호텔 확인 대기");
        assertThat(by("cancel").getText()).isEqualTo("예약 취소");
        assertFitsTheWidth();
        await("the history").atMost(PATIENCE).until(() ->
                !browser.findElements(By.cssSelector("#history li")).isEmpty());
        screenshot("my-booking-ko-phone.png", true);

        open("/");   // the language chosen stays
        assertThat(by("searchButton").getText()).isEqualTo("객실과 요금 보기");
        search(Bookings.freshStay(), 2);
        assertThat(room("DELUXE").findElement(By.tagName("button")).getText()).isEqualTo("이 객실 예약");
        assertFitsTheWidth();
        screenshot("booking-ko-phone.png", false);
    }

    @Test
    void thePagesWorkUnderTheirContentSecurityPolicyWhichRefusesInlineScript() {
        open("/");
        await("the page's own script ran").atMost(PATIENCE).until(() -> by("checkIn").getAttribute("value").length() == 10);
        assertThat(by("language").getText()).isEqualTo("한국어");
        assertThat(script("return getComputedStyle(document.querySelector('header')).backgroundColor"))
                .as("the stylesheet applied").isEqualTo("rgb(11, 79, 138)");
        assertThat(script("""
                const s = document.createElement('script');
                s.textContent = 'window.inlineRan = true';
                document.head.appendChild(s);
                return window.inlineRan === true;""")).as("inline script refused by the policy").isEqualTo(false);
        assertThat(unlabelled()).isEmpty();
        open("/booking.html");
        await("the find form").atMost(PATIENCE).until(() -> by("find").isDisplayed());
        assertThat(unlabelled()).isEmpty();
    }

    // --- the page

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private WebElement by(String id) {
        return browser.findElement(By.id(id));
    }

    private Object script(String source, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(source, arguments);
    }

    private void search(LocalDate[] stay, int guests) {
        await("the room types read").atMost(PATIENCE).until(() ->
                by("guests").findElements(By.tagName("option")).size() >= guests);
        setDate("checkIn", stay[0]);
        setDate("checkOut", stay[1]);
        by("guests").sendKeys(Integer.toString(guests));
        by("searchButton").click();
        await("the rooms for the stay").atMost(PATIENCE).until(() -> by("rooms").isDisplayed()
                && !browser.findElements(By.cssSelector("#roomList li")).isEmpty());
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("roomsHeading");
    }

    /** A date field set as its picker does (typing into a date field depends on the browser's locale). */
    private void setDate(String id, LocalDate date) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                by(id), date.toString());
    }

    private WebElement room(String roomType) {
        return browser.findElement(By.cssSelector("#roomList li[data-room-type='" + roomType + "']"));
    }

    private void choose(String roomType) {
        room(roomType).findElement(By.tagName("button")).click();
        await("the payment form").atMost(PATIENCE).until(() -> by("pay").isDisplayed());
    }

    private void fillGuest(String name) {
        by("guestName").sendKeys(name);
        by("phone").sendKeys("010-2345-6789");
        by("email").sendKeys("guest@example.com");
    }

    private void typeCard(String number) {
        by("cardNumber").sendKeys(number);
        by("cardExpiry").sendKeys("12/30");
        by("cardCvc").sendKeys("123");
    }

    private void awaitStatus(String status) {
        await("the booking " + status).atMost(PATIENCE).until(() -> {
            var badges = browser.findElements(By.id("status"));
            return !badges.isEmpty() && badges.get(0).isDisplayed() && status.equals(badges.get(0).getAttribute("data-status"));
        });
    }

    private void assertFitsTheWidth() {
        assertThat(((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .as("no sideways scrolling").isLessThanOrEqualTo(0);
    }

    /** Inputs and selects shown with neither a label nor an aria-label. */
    @SuppressWarnings("unchecked")
    private List<String> unlabelled() {
        return (List<String>) script("""
                return [...document.querySelectorAll('input, select, button')]
                  .filter(e => e.type !== 'hidden' && !e.closest('[hidden]'))
                  .filter(e => e.tagName === 'BUTTON' ? !e.textContent.trim() && !e.getAttribute('aria-label')
                                                      : e.labels.length === 0 && !e.getAttribute('aria-label'))
                  .map(e => e.id || e.outerHTML);""");
    }

    private static Map<String, String> fragment(String url) {
        var values = new HashMap<String, String>();
        for (String pair : url.substring(url.indexOf('#') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    /**
     * The page as the guest sees it, in target/web/; the README's pictures ({@code forTheReadme}) top to bottom, and
     * also in docs/images/ with -Dweb.screenshot=docs.
     */
    private void screenshot(String name, boolean forTheReadme) {
        try {
            byte[] png = forTheReadme ? wholePage() : browser.getScreenshotAs(OutputType.BYTES);
            Files.write(Files.createDirectories(Path.of("target", "web")).resolve(name), png);
            if (forTheReadme && "docs".equals(System.getProperty("web.screenshot"))) {
                Path root = Path.of(System.getenv().getOrDefault("GOTOHOTEL_ROOT", "..")).toAbsolutePath().normalize();
                Files.write(Files.createDirectories(root.resolve("docs/images")).resolve(name), png);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The whole page, top to bottom: the window made as tall as the page for the picture, then as it was. */
    private byte[] wholePage() {
        Dimension before = browser.manage().window().getSize();
        int page = ((Number) script("return document.documentElement.scrollHeight")).intValue();
        browser.manage().window().setSize(new Dimension(before.getWidth(), page));
        int shown = ((Number) script("return window.innerHeight")).intValue();
        browser.manage().window().setSize(new Dimension(before.getWidth(), page + (page - shown)));
        try {
            return browser.getScreenshotAs(OutputType.BYTES);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    // --- the server's side

    private String statusOf(String guest) {
        return jdbc.queryForObject("SELECT status FROM orders WHERE guest_name = ?", String.class, guest);
    }

    private int heldNights(String orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM room_hold WHERE order_id = ?::uuid AND released_at IS NULL",
                Integer.class, orderId);
    }

    private JsonNode availability(String roomType, LocalDate[] stay) {
        for (JsonNode offer : api.get("/api/availability?checkIn=" + stay[0] + "&checkOut=" + stay[1] + "&guests=1",
                null).body()) {
            if (offer.get("roomType").asString().equals(roomType)) {
                return offer;
            }
        }
        throw new IllegalStateException("no " + roomType + " offered");
    }

    private BigDecimal priceOf(String roomType, LocalDate[] stay) {
        return availability(roomType, stay).get("totalPrice").decimalValue();
    }

    private int availableOf(String roomType, LocalDate[] stay) {
        return availability(roomType, stay).get("available").asInt();
    }

    private static String grouped(BigDecimal amount) {
        return String.format(java.util.Locale.ENGLISH, "%,d", amount.longValueExact());
    }

    private static String guestName() {
        return "Web Guest " + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    // --- the payment provider, over HTTP

    private static MockResponse provider(RecordedRequest request) {
        String target = request.getTarget();
        if ("POST".equals(request.getMethod()) && "/v1/authorizations".equals(target)) {
            if (providerDown) {
                return new MockResponse.Builder().code(503).build();
            }
            JsonNode body = JSON.readTree(request.getBody() == null ? "{}" : request.getBody().utf8());
            String orderId = body.get("orderId").asString();
            authorisationsAsked.add(orderId);
            if (Bookings.DECLINED_CARD.equals(body.get("card").get("number").asString())) {
                return json("{\"status\":\"DECLINED\",\"declineReason\":\"card_declined\"}");
            }
            approved.add(orderId);
            return json("{\"status\":\"APPROVED\",\"reference\":\"ch_" + orderId + "\"}");
        }
        if ("POST".equals(request.getMethod()) && target.endsWith("/refunds")) {
            refunded.add(target.split("/")[3]);
            return json("{\"reference\":\"re_" + UUID.randomUUID() + "\"}");
        }
        if ("GET".equals(request.getMethod()) && target.startsWith("/v1/authorizations/")) {
            String orderId = target.substring("/v1/authorizations/".length());
            return approved.contains(orderId)
                    ? json("{\"status\":\"APPROVED\",\"reference\":\"ch_" + orderId + "\",\"cardLast4\":\"4242\"}")
                    : new MockResponse.Builder().code(404).build();
        }
        return new MockResponse.Builder().code(404).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
