package gotohotel.shared.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * Every event of a booking's life. The JSON carries its {@code type} next to {@code eventId},
 * {@code occurredAt} and {@code orderId}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = OrderPlaced.class, name = "OrderPlaced"),
        @JsonSubTypes.Type(value = OrderPaid.class, name = "OrderPaid"),
        @JsonSubTypes.Type(value = OrderCancelled.class, name = "OrderCancelled"),
        @JsonSubTypes.Type(value = OrderNoShow.class, name = "OrderNoShow"),
        @JsonSubTypes.Type(value = OrderStayChanged.class, name = "OrderStayChanged"),
        @JsonSubTypes.Type(value = PaymentApproved.class, name = "PaymentApproved"),
        @JsonSubTypes.Type(value = PaymentDeclined.class, name = "PaymentDeclined"),
        @JsonSubTypes.Type(value = PaymentRefunded.class, name = "PaymentRefunded"),
        @JsonSubTypes.Type(value = ReservationRequested.class, name = "ReservationRequested"),
        @JsonSubTypes.Type(value = ReservationConfirmed.class, name = "ReservationConfirmed"),
        @JsonSubTypes.Type(value = ReservationRejected.class, name = "ReservationRejected"),
        @JsonSubTypes.Type(value = ReservationCancelled.class, name = "ReservationCancelled"),
        @JsonSubTypes.Type(value = ReservationCheckedIn.class, name = "ReservationCheckedIn"),
        @JsonSubTypes.Type(value = ReservationCheckedOut.class, name = "ReservationCheckedOut"),
        @JsonSubTypes.Type(value = RoomAssigned.class, name = "RoomAssigned"),
        @JsonSubTypes.Type(value = ReservationNoShow.class, name = "ReservationNoShow"),
        @JsonSubTypes.Type(value = GuestNotified.class, name = "GuestNotified"),
        @JsonSubTypes.Type(value = NotificationFailed.class, name = "NotificationFailed")
})
public sealed interface BookingEvent
        permits OrderPlaced, OrderPaid, OrderCancelled, OrderNoShow, OrderStayChanged, PaymentApproved, PaymentDeclined,
        PaymentRefunded, ReservationEvent, GuestNotified, NotificationFailed {

    UUID eventId();

    Instant occurredAt();

    UUID orderId();
}
