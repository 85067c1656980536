package gotohotel.shared.event;

/** Kafka topic names; every record is keyed by the order id so one booking's events stay ordered. */
public final class Topics {

    public static final String ORDERS = "gotohotel.orders";
    public static final String PAYMENTS = "gotohotel.payments";
    public static final String RESERVATIONS = "gotohotel.reservations";
    public static final String NOTIFICATIONS = "gotohotel.notifications";
    /** Guest messages that could not be delivered, with the event that caused them. */
    public static final String NOTIFICATIONS_DLT = "gotohotel.notifications.dlt";

    private Topics() {
    }

    /** The topic an event belongs on. */
    public static String of(BookingEvent event) {
        if (event instanceof GuestNotified) {
            return NOTIFICATIONS;
        }
        if (event instanceof NotificationFailed) {
            return NOTIFICATIONS_DLT;
        }
        if (event instanceof ReservationEvent) {
            return RESERVATIONS;
        }
        if (event instanceof PaymentApproved || event instanceof PaymentDeclined || event instanceof PaymentRefunded) {
            return PAYMENTS;
        }
        return ORDERS;
    }
}
