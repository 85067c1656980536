package gotohotel.backend.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.shared.event.GuestNotified;
import gotohotel.shared.event.NotificationFailed;
import gotohotel.shared.event.PaymentDeclined;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class NotificationTests {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    private static final UUID ORDER = UUID.randomUUID();

    @Test
    void theSameOrderStatusAndChannelAlwaysGiveTheSameId() {
        assertThat(Notification.idFor(ORDER, Announcement.CONFIRMED, "kakao"))
                .isEqualTo(Notification.idFor(ORDER, Announcement.CONFIRMED, "kakao"))
                .isNotEqualTo(Notification.idFor(ORDER, Announcement.CONFIRMED, "log"))
                .isNotEqualTo(Notification.idFor(ORDER, Announcement.CANCELLED, "kakao"));
    }

    @Test
    void retriesTellMyPageOnceThenTheDeliveryIsRecorded() {
        var notification = pending();

        notification.retryAt(NOW.plusSeconds(2), "text", "503", NOW);
        notification.retryAt(NOW.plusSeconds(6), "text", "503", NOW.plusSeconds(2));
        notification.delivered("text", NOW.plusSeconds(6));

        assertThat(notification.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(notification.attempts()).isEqualTo(3);
        assertThat(events(notification)).extracting(e -> ((GuestNotified) e).delivery())
                .containsExactly("RETRYING", "SENT");
    }

    @Test
    void aPermanentFailureKeepsTheCauseForTheDeadLetterTopic() {
        var notification = pending();
        var cause = new PaymentDeclined(UUID.randomUUID(), NOW, ORDER, "card_declined");

        notification.failed("text", "AlimTalk recipient refused", cause, NOW);

        assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(events(notification)).last().isInstanceOfSatisfying(NotificationFailed.class,
                failed -> assertThat(failed.cause()).isEqualTo(cause));
    }

    @Test
    void aSentNotificationIsNeverSentAgain() {
        var notification = pending();
        notification.delivered("text", NOW);

        assertThatThrownBy(() -> notification.delivered("text", NOW)).isInstanceOf(IllegalStateException.class);
    }

    private static Notification pending() {
        return Notification.announce(ORDER, Announcement.PAYMENT_DECLINED, "kakao", null, "card_declined", "{}", NOW);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> events(Notification notification) {
        return (List<Object>) ReflectionTestUtils.invokeMethod(notification, "domainEvents");
    }
}
