package gotohotel.backend.notification;

import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.GuestNotified;
import gotohotel.shared.event.NotificationFailed;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One message to a guest about one status change on one channel. Its id is derived from (order,
 * announced status, channel), so the same event delivered twice finds the record already there.
 */
@Entity
@Table(name = "notification")
class Notification extends AbstractAggregateRoot<Notification> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID orderId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Announcement announces;
    private String channel;
    private BigDecimal amount;
    private String reason;
    /** The room a check-in message names (null for the others and for check-ins from before rooms). */
    private String room;
    private String sourceEvent;
    private String text;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private NotificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant claimedUntil;
    private UUID claimedBy;
    private String lastError;
    private Instant createdAt;
    private Instant updatedAt;

    protected Notification() {
    }

    static UUID idFor(UUID orderId, Announcement announces, String channel) {
        return idFor(orderId, announces, 0, channel);
    }

    /**
     * @param occurrence which time the order announces it (a stay change: its number, from 1); 0 for the
     *     announcements made once per order
     */
    static UUID idFor(UUID orderId, Announcement announces, int occurrence, String channel) {
        String occurs = occurrence == 0 ? "" : "#" + occurrence;
        return UUID.nameUUIDFromBytes((orderId + ":" + announces + occurs + ":" + channel)
                .getBytes(StandardCharsets.UTF_8));
    }

    static Notification announce(UUID orderId, Announcement announces, String channel, BigDecimal amount,
                                 String reason, String sourceEvent, Instant now) {
        return announce(orderId, announces, channel, amount, reason, null, sourceEvent, now);
    }

    /** @param room the room a check-in message names */
    static Notification announce(UUID orderId, Announcement announces, String channel, BigDecimal amount,
                                 String reason, String room, String sourceEvent, Instant now) {
        return announce(orderId, announces, 0, channel, amount, reason, room, sourceEvent, now);
    }

    /** @param occurrence see {@link #idFor(UUID, Announcement, int, String)} */
    static Notification announce(UUID orderId, Announcement announces, int occurrence, String channel,
                                 BigDecimal amount, String reason, String room, String sourceEvent, Instant now) {
        var notification = new Notification();
        notification.room = room;
        notification.id = idFor(orderId, announces, occurrence, channel);
        notification.orderId = orderId;
        notification.announces = announces;
        notification.channel = channel;
        notification.amount = amount;
        notification.reason = reason;
        notification.sourceEvent = sourceEvent;
        notification.status = NotificationStatus.PENDING;
        notification.nextAttemptAt = now;
        notification.createdAt = now;
        notification.updatedAt = now;
        return notification;
    }

    void delivered(String renderedText, Instant now) {
        requireOpen();
        text = renderedText;
        attempts++;
        status = NotificationStatus.SENT;
        lastError = null;
        finish(now);
        registerEvent(notified(now));
    }

    /** A transient failure: try again at {@code next}; my page hears of it on the first failure only. */
    void retryAt(Instant next, String renderedText, String error, Instant now) {
        requireOpen();
        text = renderedText;
        attempts++;
        status = NotificationStatus.RETRYING;
        lastError = truncate(error);
        nextAttemptAt = next;
        finish(now);
        if (attempts == 1) {
            registerEvent(notified(now));
        }
    }

    /** A permanent failure: FAILED with the reason, and the causing event goes to the dead-letter topic. */
    void failed(String renderedText, String error, BookingEvent cause, Instant now) {
        requireOpen();
        text = renderedText;
        attempts++;
        status = NotificationStatus.FAILED;
        lastError = truncate(error);
        finish(now);
        registerEvent(notified(now));
        registerEvent(new NotificationFailed(UUID.randomUUID(), now, orderId, id, channel, lastError, cause));
    }

    private void requireOpen() {
        if (status == NotificationStatus.SENT || status == NotificationStatus.FAILED) {
            throw new IllegalStateException("Notification " + id + " is already " + status);
        }
    }

    private void finish(Instant now) {
        claimedUntil = null;
        claimedBy = null;
        updatedAt = now;
    }

    private GuestNotified notified(Instant now) {
        return new GuestNotified(UUID.randomUUID(), now, orderId, id, announces.name(), channel, text, status.name(),
                lastError);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    UUID id() {
        return id;
    }

    UUID orderId() {
        return orderId;
    }

    Announcement announces() {
        return announces;
    }

    BigDecimal amount() {
        return amount;
    }

    String room() {
        return room;
    }

    String reason() {
        return reason;
    }

    String sourceEvent() {
        return sourceEvent;
    }

    int attempts() {
        return attempts;
    }

    Instant createdAt() {
        return createdAt;
    }

    NotificationStatus status() {
        return status;
    }
}
