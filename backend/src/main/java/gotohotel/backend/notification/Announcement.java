package gotohotel.backend.notification;

/** The status changes a guest is told about; each has a template (text and KakaoTalk template code). */
enum Announcement {
    PAID, PAYMENT_DECLINED, CONFIRMED, REJECTED, CANCELLED, CHECKED_IN, CHECKED_OUT, NO_SHOW
}
