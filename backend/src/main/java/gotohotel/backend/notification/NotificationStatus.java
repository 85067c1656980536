package gotohotel.backend.notification;

/** Delivery of one notification. */
enum NotificationStatus {
    /** Not attempted yet. */
    PENDING,
    /** A transient failure; another attempt is scheduled. */
    RETRYING,
    SENT,
    /** A permanent failure, or retries ran out. */
    FAILED
}
