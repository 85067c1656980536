package gotohotel.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The guest's "my page": the booking, where its order, payment and reservation stand, the history of
 * status changes and the messages sent about them.
 *
 * @param room the room the guest is in, once checked in (it follows a room move); absent before
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyPageView(UUID orderId, String guestName, String roomType, LocalDate checkIn, LocalDate checkOut,
                         Integer guestCount, BigDecimal totalPrice, String currency, String status,
                         String paymentStatus, String reservationStatus, BigDecimal refundedAmount,
                         List<HistoryEntry> history, List<Message> messages, Instant updatedAt, String room) {

    /** A page that shows no room. */
    public MyPageView(UUID orderId, String guestName, String roomType, LocalDate checkIn, LocalDate checkOut,
                      Integer guestCount, BigDecimal totalPrice, String currency, String status, String paymentStatus,
                      String reservationStatus, BigDecimal refundedAmount, List<HistoryEntry> history,
                      List<Message> messages, Instant updatedAt) {
        this(orderId, guestName, roomType, checkIn, checkOut, guestCount, totalPrice, currency, status, paymentStatus,
                reservationStatus, refundedAmount, history, messages, updatedAt, null);
    }

    /** The order reached {@code status} at {@code at}. */
    public record HistoryEntry(String status, Instant at) {
    }

    /** A message to the guest and how its delivery went; {@code reason} says why it is retried or failed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(String channel, String text, String status, String reason, Instant at) {
    }
}
