package gotohotel.backend.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notification settings.
 *
 * @param channel {@code log} (records the message; my page shows it) or {@code kakao}
 * @param language language of the texts: {@code ko} (default) or {@code en}
 * @param dispatchInterval how often due notifications are sent
 * @param retry backoff for transient failures
 */
@ConfigurationProperties("gotohotel.notification")
record NotificationProperties(String channel, Locale language, Duration dispatchInterval, Retry retry,
                              Kakao kakao) {

    /**
     * @param firstDelay delay before the first retry; doubled per attempt up to {@code maxDelay}, ±20 % jitter
     * @param giveUpAfter a notification still failing this long after it was created is FAILED
     */
    record Retry(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {
    }

    /**
     * NHN Cloud KakaoTalk Bizmessage (AlimTalk v2.3).
     *
     * @param templates template code per announced status ({@code PAID}, {@code CONFIRMED}, ...)
     * @param resendSendNo when set, the provider falls back to SMS from this number
     */
    record Kakao(URI baseUrl, String appKey, String secretKey, String senderKey, Map<String, String> templates,
                 String resendSendNo, Duration timeout) {

        @Override
        public String toString() {
            return "Kakao[baseUrl=" + baseUrl + ", templates=" + templates + "]";
        }
    }
}
