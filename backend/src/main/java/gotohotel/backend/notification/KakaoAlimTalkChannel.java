package gotohotel.backend.notification;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * KakaoTalk AlimTalk through NHN Cloud's KakaoTalk Bizmessage API v2.3:
 * {@code POST {base-url}/alimtalk/v2.3/appkeys/{appKey}/messages} with header {@code X-Secret-Key} and
 * body {@code {senderKey, templateCode, recipientList:[{recipientNo, templateParameter:{...}}]}}, one
 * pre-approved template code per announced status. Transport errors, 5xx and 429 are retried; other
 * 4xx, an unsuccessful header or a recipient result code other than 0 are permanent. The secret key
 * goes only into the request header, never into a log line.
 */
class KakaoAlimTalkChannel implements NotificationChannel {

    private final NotificationProperties.Kakao settings;
    private final RestClient http;

    KakaoAlimTalkChannel(NotificationProperties.Kakao settings) {
        this.settings = settings;
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.http = RestClient.builder().baseUrl(settings.baseUrl().toString()).requestFactory(requests).build();
    }

    @Override
    public String name() {
        return "kakao";
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        String templateCode = settings.templates().get(message.announces().name());
        if (templateCode == null || templateCode.isBlank()) {
            return Delivery.permanentFailure("no AlimTalk template code configured for " + message.announces());
        }
        try {
            var response = http.post()
                    .uri("/alimtalk/v2.3/appkeys/{appKey}/messages", settings.appKey())
                    .header("X-Secret-Key", settings.secretKey())
                    .contentType(new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8))
                    .body(request(templateCode, message))
                    .retrieve()
                    .body(SendResponse.class);
            return outcome(response);
        } catch (ResourceAccessException unreachable) {
            return Delivery.retryable("AlimTalk provider unreachable: " + unreachable.getMostSpecificCause().getClass()
                    .getSimpleName());
        } catch (RestClientResponseException refused) {
            int status = refused.getStatusCode().value();
            return status >= 500 || status == 429
                    ? Delivery.retryable("AlimTalk provider answered " + status)
                    : Delivery.permanentFailure("AlimTalk provider refused the message: HTTP " + status);
        }
    }

    private Map<String, Object> request(String templateCode, OutgoingMessage message) {
        var recipient = new LinkedHashMap<String, Object>();
        recipient.put("recipientNo", domestic(message.phone()));
        recipient.put("templateParameter", message.parameters());
        if (settings.resendSendNo() != null && !settings.resendSendNo().isBlank()) {
            recipient.put("resendParameter", Map.of("isResend", true, "resendType", "SMS",
                    "resendContent", message.text(), "resendSendNo", settings.resendSendNo()));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("senderKey", settings.senderKey());
        body.put("templateCode", templateCode);
        body.put("recipientList", List.of(recipient));
        return body;
    }

    /** AlimTalk wants domestic numbers: +82 10-1234-5678 becomes 01012345678. */
    static String domestic(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+82")) {
            return "0" + digits.substring(3);
        }
        return digits.startsWith("+") ? digits.substring(1) : digits;
    }

    private static Delivery outcome(SendResponse response) {
        if (response == null || response.header() == null) {
            return Delivery.retryable("AlimTalk provider sent an empty answer");
        }
        if (!response.header().isSuccessful()) {
            return Delivery.permanentFailure("AlimTalk request refused: " + response.header().resultCode() + " "
                    + response.header().resultMessage());
        }
        var results = response.message() == null ? null : response.message().sendResults();
        if (results != null) {
            for (var result : results) {
                if (result.resultCode() != 0) {
                    return Delivery.permanentFailure("AlimTalk recipient refused: " + result.resultCode() + " "
                            + result.resultMessage());
                }
            }
        }
        return Delivery.sent();
    }

    record SendResponse(Header header, Body message) {

        record Header(int resultCode, String resultMessage, boolean isSuccessful) {
        }

        record Body(String requestId, List<Result> sendResults) {
        }

        record Result(int recipientSeq, int resultCode, String resultMessage) {
        }
    }
}
