package gotohotel.backend.notification;

import gotohotel.backend.common.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due notifications through the channel, each claimed for one attempt so several instances never
 * send the same one. Transient failures are retried with exponential backoff and jitter until
 * {@code give-up-after}; permanent ones end FAILED at once. The provider call runs outside transactions.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 100;
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final NotificationRepository notifications;
    private final DueNotifications due;
    private final Recipients recipients;
    private final NotificationChannel channel;
    private final NotificationTexts texts;
    private final EventJson json;
    private final NotificationProperties.Retry retry;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationDispatcher(NotificationRepository notifications, DueNotifications due, Recipients recipients,
                           NotificationChannel channel,
                           NotificationTexts texts, EventJson json, NotificationProperties properties,
                           TransactionTemplate transactions, Clock clock) {
        this.notifications = notifications;
        this.due = due;
        this.recipients = recipients;
        this.channel = channel;
        this.texts = texts;
        this.json = json;
        this.retry = properties.retry();
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gotohotel.notification.dispatch-interval}")
    void dispatchDue() {
        List<UUID> batch;
        do {
            batch = due.find(clock.instant(), BATCH);
            for (UUID id : batch) {
                Instant now = clock.instant();
                if (due.claim(id, now, now.plus(CLAIM))) {
                    attempt(id);
                }
            }
        } while (batch.size() == BATCH);
    }

    void attempt(UUID id) {
        var notification = notifications.findById(id).orElseThrow();
        var recipient = recipients.find(notification.orderId()).orElseThrow();
        var parameters = texts.parameters(notification, recipient);
        String text = texts.render(notification.announces(), parameters);
        Delivery delivery;
        try {
            delivery = channel.send(new OutgoingMessage(id, notification.orderId(), notification.announces(),
                    recipient.booking().phone(), text, parameters));
        } catch (RuntimeException unexpected) {
            delivery = Delivery.retryable(unexpected.getClass().getSimpleName());
        }
        Delivery outcome = delivery;
        transactions.executeWithoutResult(status -> record(id, text, outcome));
    }

    private void record(UUID id, String text, Delivery delivery) {
        var notification = notifications.findById(id).orElseThrow();
        Instant now = clock.instant();
        switch (delivery.outcome()) {
            case SENT -> notification.delivered(text, now);
            case PERMANENT_FAILURE -> fail(notification, text, delivery.reason(), now);
            case TRANSIENT_FAILURE -> {
                Instant next = now.plus(backoff(notification.attempts() + 1));
                if (next.isAfter(notification.createdAt().plus(retry.giveUpAfter()))) {
                    fail(notification, text, "gave up after " + (notification.attempts() + 1) + " attempts: "
                            + delivery.reason(), now);
                } else {
                    notification.retryAt(next, text, delivery.reason(), now);
                }
            }
        }
        notifications.save(notification);
    }

    private void fail(Notification notification, String text, String reason, Instant now) {
        notification.failed(text, reason,
                json.read(notification.sourceEvent().getBytes(StandardCharsets.UTF_8)), now);
        log.warn("Notification {} for order {} failed: {}", notification.id(), notification.orderId(), reason);
    }

    /** first-delay × 2^(attempt-1), at most max-delay, ±20 % jitter. */
    private Duration backoff(int attempt) {
        long base = retry.firstDelay().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, retry.maxDelay().toMillis());
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (capped * jitter));
    }
}
