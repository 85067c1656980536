package gotohotel.backend.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The check-in message names the room: a template parameter of its own (AlimTalk) and in the text. */
class CheckInMessageTests {

    private final NotificationTexts texts = new NotificationTexts(new NotificationProperties("log", Locale.ENGLISH,
            Duration.ofSeconds(1), new NotificationProperties.Retry(Duration.ofSeconds(1), Duration.ofMinutes(1),
            Duration.ofHours(1)), null));
    private final Recipient guest = new Recipient(UUID.randomUUID(), "Kim Minji", "01012345678", "DELUXE",
            LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12), new BigDecimal("360000"), "KRW");

    @Test
    void theRoomIsATemplateParameterAndInTheText() {
        var checkIn = Notification.announce(guest.orderId(), Announcement.CHECKED_IN, "kakao", null, null, "204", "{}",
                Instant.now());

        var parameters = texts.parameters(checkIn, guest);

        assertThat(parameters).containsEntry("room", "204");
        assertThat(texts.render(Announcement.CHECKED_IN, parameters)).contains("room 204");
    }

    @Test
    void aCheckInFromBeforeRoomsSaysNoRoom() {
        var checkIn = Notification.announce(guest.orderId(), Announcement.CHECKED_IN, "kakao", null, null, "{}",
                Instant.now());

        assertThat(texts.parameters(checkIn, guest)).containsEntry("room", "-");
    }
}
