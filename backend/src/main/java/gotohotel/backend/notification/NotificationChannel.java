package gotohotel.backend.notification;

/** A way to reach guests. */
interface NotificationChannel {

    /** The channel's name as stored with each notification and shown on my page. */
    String name();

    Delivery send(OutgoingMessage message);
}
