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
 * @param retry backoff for transient failures (transport errors, 5xx, 429); other 4xx and per-recipient failures
 *     are permanent
 * @param kakao the {@code kakao} channel's provider
 */
@ConfigurationProperties("gotohotel.notification")
record NotificationProperties(String channel, Locale language, Duration dispatchInterval, Retry retry,
                              Kakao kakao) {

    /**
     * @param firstDelay delay before the first retry; doubled per attempt up to {@code maxDelay}, ±20 % jitter
     * @param maxDelay longest delay between two tries
     * @param giveUpAfter a notification still failing this long after it was created is FAILED
     */
    record Retry(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {
    }

    /**
     * NHN Cloud KakaoTalk Bizmessage (AlimTalk v2.3).
     *
     * @param baseUrl NHN Cloud's AlimTalk API
     * @param appKey the NHN Cloud app key
     * @param secretKey the NHN Cloud secret key (never logged)
     * @param senderKey the KakaoTalk sender key
     * @param templates pre-approved template code per announced status: {@code PAID}, {@code PAYMENT_DECLINED},
     *     {@code CONFIRMED}, {@code REJECTED}, {@code CANCELLED}, {@code CHECKED_IN}, {@code CHECKED_OUT}, {@code NO_SHOW},
     *     {@code STAY_CHANGED}, {@code STAY_EXTENDED}, {@code ROOM_TYPE_CHANGED}, {@code ROOM_TYPE_UPGRADED}
     * @param resendSendNo when set, the provider falls back to SMS from this number
     * @param timeout longest wait for one call to the provider
     */
    record Kakao(URI baseUrl, String appKey, String secretKey, String senderKey, Map<String, String> templates,
                 String resendSendNo, Duration timeout) {

        @Override
        public String toString() {
            return "Kakao[baseUrl=" + baseUrl + ", templates=" + templates + "]";
        }
    }
}
