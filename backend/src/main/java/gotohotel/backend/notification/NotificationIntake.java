package gotohotel.backend.notification;

import gotohotel.backend.events.ProcessedEvents;
import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.OrderCancelled;
import gotohotel.shared.event.OrderPlaced;
import gotohotel.shared.event.PaymentApproved;
import gotohotel.shared.event.PaymentDeclined;
import gotohotel.shared.event.ReservationCheckedIn;
import gotohotel.shared.event.ReservationCheckedOut;
import gotohotel.shared.event.ReservationConfirmed;
import gotohotel.shared.event.ReservationRejected;
import gotohotel.shared.event.ReservationRequested;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns each status change a guest cares about into one durable notification per channel, and keeps the
 * guest's contact details from the events that carry them. Nothing is sent here: the dispatcher does
 * that, so a provider that is down never holds up the events.
 */
@Service
class NotificationIntake {

    static final String CONSUMER = "notification";

    private final NotificationRepository notifications;
    private final Recipients recipients;
    private final ProcessedEvents processed;
    private final NotificationChannel channel;
    private final Clock clock;

    NotificationIntake(NotificationRepository notifications, Recipients recipients, ProcessedEvents processed,
                       NotificationChannel channel, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.processed = processed;
        this.channel = channel;
        this.clock = clock;
    }

    /** A batch of events in one transaction; each applied once. */
    @Transactional
    public void on(List<BookingEvent> events, List<String> json) {
        var fresh = processed.firstTimes(CONSUMER, events.stream().map(BookingEvent::eventId).toList());
        for (int i = 0; i < events.size(); i++) {
            if (fresh.remove(events.get(i).eventId())) {
                apply(events.get(i), json.get(i));
            }
        }
    }

    private void apply(BookingEvent event, String json) {
        if (event instanceof OrderPlaced e) {
            recipients.remember(e.orderId(), e.booking(), e.totalPrice(), e.currency());
        } else if (event instanceof ReservationRequested e) {
            recipients.remember(e.orderId(), e.booking(), null, null);
        } else if (event instanceof PaymentApproved e) {
            recipients.remember(e.orderId(), e.booking(), e.amount(), e.currency());
            announce(e, Announcement.PAID, e.amount(), null, json);
        } else if (event instanceof PaymentDeclined e) {
            announce(e, Announcement.PAYMENT_DECLINED, null, e.reason(), json);
        } else if (event instanceof ReservationConfirmed e) {
            announce(e, Announcement.CONFIRMED, null, null, json);
        } else if (event instanceof ReservationRejected e) {
            announce(e, Announcement.REJECTED, null, e.reason(), json);
        } else if (event instanceof OrderCancelled e) {
            recipients.remember(e.orderId(), e.booking(), null, null);
            announce(e, Announcement.CANCELLED, e.refundedAmount(), null, json);
        } else if (event instanceof ReservationCheckedIn e) {
            announce(e, Announcement.CHECKED_IN, null, null, json);
        } else if (event instanceof ReservationCheckedOut e) {
            announce(e, Announcement.CHECKED_OUT, null, null, json);
        }
    }

    private void announce(BookingEvent event, Announcement announces, BigDecimal amount, String reason, String json) {
        var id = Notification.idFor(event.orderId(), announces, channel.name());
        if (!notifications.existsById(id)) {
            notifications.save(Notification.announce(event.orderId(), announces, channel.name(), amount, reason, json,
                    clock.instant()));
        }
    }
}
