package gotohotel.backend.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class KakaoAlimTalkChannelTests {

    static final String SECRET = "secret-key-that-must-never-be-logged";
    static final String SUCCESS = """
            {"header":{"resultCode":0,"resultMessage":"SUCCESS","isSuccessful":true},
             "message":{"requestId":"20261125-abc","sendResults":[{"recipientSeq":1,"recipientNo":"01012345678",
             "resultCode":0,"resultMessage":"SUCCESS"}]}}""";

    private final MockWebServer provider = new MockWebServer();
    private KakaoAlimTalkChannel channel;

    @BeforeEach
    void start() throws Exception {
        provider.start();
        channel = new KakaoAlimTalkChannel(new NotificationProperties.Kakao(URI.create(provider.url("/").toString()),
                "app-key-1", SECRET, "sender-key-1", Map.of("CONFIRMED", "GOTOHOTEL_CONFIRMED"), null,
                Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void sendsTheNhnCloudAlimTalkRequestShape(CapturedOutput output) throws Exception {
        provider.enqueue(json(200, SUCCESS));

        var delivery = channel.send(message("+82 10-1234-5678"));

        assertThat(delivery).isEqualTo(Delivery.sent());
        var request = provider.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/alimtalk/v2.3/appkeys/app-key-1/messages");
        assertThat(request.getHeaders().get("X-Secret-Key")).isEqualTo(SECRET);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().utf8())
                .contains("\"senderKey\":\"sender-key-1\"", "\"templateCode\":\"GOTOHOTEL_CONFIRMED\"",
                        "\"recipientList\":[{\"recipientNo\":\"01012345678\"", "\"templateParameter\":{",
                        "\"guestName\":\"Kim Minji\"", "\"orderId\":\"")
                .doesNotContain("resendParameter");
        assertThat(output.getAll()).doesNotContain(SECRET);
    }

    @Test
    void serverErrorsAndThrottlingAreRetryable() {
        provider.enqueue(json(503, "{}"));
        provider.enqueue(json(429, "{}"));

        assertThat(channel.send(message("01012345678")).outcome()).isEqualTo(Delivery.Outcome.TRANSIENT_FAILURE);
        assertThat(channel.send(message("01012345678")).outcome()).isEqualTo(Delivery.Outcome.TRANSIENT_FAILURE);
    }

    @Test
    void clientErrorsAndRecipientFailuresArePermanent() {
        provider.enqueue(json(400, "{}"));
        provider.enqueue(json(200, """
                {"header":{"resultCode":0,"resultMessage":"SUCCESS","isSuccessful":true},
                 "message":{"requestId":"20261125-abd","sendResults":[{"recipientSeq":1,"recipientNo":"01012345678",
                 "resultCode":-3018,"resultMessage":"template not found"}]}}"""));

        var badRequest = channel.send(message("01012345678"));
        var badRecipient = channel.send(message("01012345678"));

        assertThat(badRequest.outcome()).isEqualTo(Delivery.Outcome.PERMANENT_FAILURE);
        assertThat(badRecipient.outcome()).isEqualTo(Delivery.Outcome.PERMANENT_FAILURE);
        assertThat(badRecipient.reason()).contains("-3018");
    }

    @Test
    void unreachableProviderIsRetryable() {
        provider.close();

        assertThat(channel.send(message("01012345678")).outcome()).isEqualTo(Delivery.Outcome.TRANSIENT_FAILURE);
    }

    private static OutgoingMessage message(String phone) {
        UUID orderId = UUID.randomUUID();
        return new OutgoingMessage(UUID.randomUUID(), orderId, Announcement.CONFIRMED, phone, "확정되었습니다",
                Map.of("guestName", "Kim Minji", "orderId", orderId.toString()));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
