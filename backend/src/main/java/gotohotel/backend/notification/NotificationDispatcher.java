package gotohotel.backend.notification;

import gotohotel.backend.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due notifications through the channel in claimed batches, so several instances never send the
 * same one. Transient failures are retried with exponential backoff and jitter until
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
            Instant now = clock.instant();
            batch = due.claim(now, now.plus(CLAIM), BATCH);
            if (!batch.isEmpty()) {
                attempt(batch);
            }
        } while (batch.size() == BATCH);
    }

    /** Sends a claimed batch one by one outside any transaction, then records every outcome in one. */
    void attempt(List<UUID> ids) {
        Map<UUID, Attempt> attempts = new LinkedHashMap<>();
        var claimed = notifications.findAllById(ids);
        var recipientsByOrder = recipients.findAll(claimed.stream().map(Notification::orderId).toList());
        for (var notification : claimed) {
            var recipient = recipientsByOrder.get(notification.orderId());
            if (recipient == null) {
                throw new IllegalStateException("No recipient for order " + notification.orderId());
            }
            var parameters = texts.parameters(notification, recipient);
            String text = texts.render(notification.announces(), parameters);
            Delivery delivery;
            try {
                delivery = channel.send(new OutgoingMessage(notification.id(), notification.orderId(),
                        notification.announces(), recipient.phone(), text, parameters));
            } catch (RuntimeException unexpected) {
                delivery = Delivery.retryable(unexpected.getClass().getSimpleName());
            }
            attempts.put(notification.id(), new Attempt(text, delivery));
        }
        transactions.executeWithoutResult(status -> {
            var attempted = notifications.findAllById(attempts.keySet());
            attempted.forEach(notification -> record(notification, attempts.get(notification.id())));
            notifications.saveAll(attempted);
        });
    }

    private record Attempt(String text, Delivery delivery) {
    }

    private void record(Notification notification, Attempt attempt) {
        Instant now = clock.instant();
        var delivery = attempt.delivery();
        switch (delivery.outcome()) {
            case SENT -> notification.delivered(attempt.text(), now);
            case PERMANENT_FAILURE -> fail(notification, attempt.text(), delivery.reason(), now);
            case TRANSIENT_FAILURE -> {
                Instant next = now.plus(backoff(notification.attempts() + 1));
                if (next.isAfter(notification.createdAt().plus(retry.giveUpAfter()))) {
                    fail(notification, attempt.text(), "gave up after " + (notification.attempts() + 1)
                            + " attempts: " + delivery.reason(), now);
                } else {
                    notification.retryAt(next, attempt.text(), delivery.reason(), now);
                }
            }
        }
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
