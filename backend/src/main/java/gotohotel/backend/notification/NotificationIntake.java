package gotohotel.backend.notification;

import gotohotel.backend.events.ProcessedEvents;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.OrderCancelled;
import gotohotel.shared.event.OrderNoShow;
import gotohotel.shared.event.OrderPlaced;
import gotohotel.shared.event.OrderStayChanged;
import gotohotel.shared.event.PaymentApproved;
import gotohotel.shared.event.PaymentDeclined;
import gotohotel.shared.event.ReservationCheckedIn;
import gotohotel.shared.event.ReservationCheckedOut;
import gotohotel.shared.event.ReservationConfirmed;
import gotohotel.shared.event.ReservationRejected;
import gotohotel.shared.event.ReservationRequested;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    /**
     * A batch of events in one transaction; each applied once. What they say is gathered first and written per
     * table: the recipients in one batched upsert, the notifications not recorded before after one look-up.
     */
    @Transactional
    public void on(List<BookingEvent> events, List<String> json) {
        var fresh = processed.firstTimes(CONSUMER, events.stream().map(BookingEvent::eventId).toList());
        var said = new ArrayList<Recipient>();
        var announced = new LinkedHashMap<UUID, Notification>();
        for (int i = 0; i < events.size(); i++) {
            if (fresh.remove(events.get(i).eventId())) {
                apply(events.get(i), json.get(i), said, announced);
            }
        }
        if (!said.isEmpty()) {
            recipients.rememberAll(said);
        }
        if (!announced.isEmpty()) {
            notifications.findExistingIds(announced.keySet()).forEach(announced::remove);
            notifications.saveAll(announced.values());
        }
    }

    private void apply(BookingEvent event, String json, List<Recipient> said, Map<UUID, Notification> announced) {
        if (event instanceof OrderPlaced e) {
            said.add(recipient(e.orderId(), e.booking(), e.totalPrice(), e.currency()));
        } else if (event instanceof ReservationRequested e) {
            said.add(recipient(e.orderId(), e.booking(), null, null));
        } else if (event instanceof PaymentApproved e) {
            said.add(recipient(e.orderId(), e.booking(), e.amount(), e.currency()));
            announce(announced, e, Announcement.PAID, e.amount(), null, json);
        } else if (event instanceof PaymentDeclined e) {
            announce(announced, e, Announcement.PAYMENT_DECLINED, null, e.reason(), json);
        } else if (event instanceof ReservationConfirmed e) {
            announce(announced, e, Announcement.CONFIRMED, null, null, json);
        } else if (event instanceof ReservationRejected e) {
            announce(announced, e, Announcement.REJECTED, null, e.reason(), json);
        } else if (event instanceof OrderCancelled e) {
            said.add(recipient(e.orderId(), e.booking(), null, null));
            announce(announced, e, Announcement.CANCELLED, e.refundedAmount(), null, json);
        } else if (event instanceof OrderNoShow e) {
            said.add(recipient(e.orderId(), e.booking(), null, null));
            announce(announced, e, Announcement.NO_SHOW, e.refundedAmount(), null, json);
        } else if (event instanceof OrderStayChanged e) {
            said.add(recipient(e.orderId(), e.booking(), e.totalPrice(), e.currency()));
            boolean extended = e.chargedAmount() != null && e.chargedAmount().signum() > 0;
            var announces = e.changedRoomType()
                    ? extended ? Announcement.ROOM_TYPE_UPGRADED : Announcement.ROOM_TYPE_CHANGED
                    : extended ? Announcement.STAY_EXTENDED : Announcement.STAY_CHANGED;
            var amount = extended ? e.chargedAmount() : e.refundedAmount();
            announced.computeIfAbsent(Notification.idFor(e.orderId(), announces, e.change(), channel.name()),
                    id -> Notification.announce(e.orderId(), announces, e.change(), channel.name(), amount, null, null,
                            json, clock.instant()));
        } else if (event instanceof ReservationCheckedIn e) {
            announce(announced, e, Announcement.CHECKED_IN, null, null, e.room(), json);
        } else if (event instanceof ReservationCheckedOut e) {
            announce(announced, e, Announcement.CHECKED_OUT, null, null, json);
        }
    }

    private static Recipient recipient(UUID orderId, Booking booking, BigDecimal totalPrice, String currency) {
        return new Recipient(orderId, booking.guestName(), booking.phone(), booking.roomType(), booking.checkIn(),
                booking.checkOut(), totalPrice, currency);
    }

    /** The first announcement of a status in the batch counts, as it would have been recorded first. */
    private void announce(Map<UUID, Notification> announced, BookingEvent event, Announcement announces,
                          BigDecimal amount, String reason, String json) {
        announce(announced, event, announces, amount, reason, null, json);
    }

    private void announce(Map<UUID, Notification> announced, BookingEvent event, Announcement announces,
                          BigDecimal amount, String reason, String room, String json) {
        announced.computeIfAbsent(Notification.idFor(event.orderId(), announces, channel.name()),
                id -> Notification.announce(event.orderId(), announces, channel.name(), amount, reason, room, json,
                        clock.instant()));
    }
}
