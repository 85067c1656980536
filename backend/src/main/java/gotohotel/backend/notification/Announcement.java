package gotohotel.backend.notification;

/**
 * The status changes a guest is told about; each has a template (text and KakaoTalk template code). STAY_CHANGED (nights
 * dropped, the refund named) and STAY_EXTENDED (nights added, the charge named) may happen several times to one booking:
 * each change is a message of its own (decision record 52); so may ROOM_TYPE_CHANGED (a type costing the same or less,
 * the difference refunded) and ROOM_TYPE_UPGRADED (a dearer type, the difference charged).
 */
enum Announcement {
    PAID, PAYMENT_DECLINED, CONFIRMED, REJECTED, CANCELLED, CHECKED_IN, CHECKED_OUT, NO_SHOW, STAY_CHANGED, STAY_EXTENDED,
    ROOM_TYPE_CHANGED, ROOM_TYPE_UPGRADED
}
