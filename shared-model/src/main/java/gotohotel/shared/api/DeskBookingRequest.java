package gotohotel.shared.api;

import java.time.LocalDate;

/**
 * A booking made by staff at the desk for a guest at the counter or on the phone: one room of a type for the nights
 * from check-in to check-out, paid by card through the payment provider or recorded as paid at the counter.
 */
public record DeskBookingRequest(String guestName, String phone, String email, String roomType, LocalDate checkIn,
                                 LocalDate checkOut, Integer guestCount, DeskPayment payment) {

    /** How the guest pays: {@code CARD} (the card's details, sent to the provider) or {@code COUNTER}. */
    public enum Method {
        CARD, COUNTER
    }

    /**
     * @param card      for {@link Method#CARD}: the card as typed; never stored, never logged
     * @param reference for {@link Method#COUNTER}: the receipt of the cash or the card terminal (at most 100)
     */
    public record DeskPayment(Method method, PlaceOrderRequest.CardDetails card, String reference) {

        @Override
        public String toString() {
            return "DeskPayment[" + method + "]";
        }
    }

    /** The same booking as a guest would place it (the card, if any, carried as it is). */
    public PlaceOrderRequest asOrder() {
        return new PlaceOrderRequest(guestName, phone, email, roomType, checkIn, checkOut, guestCount,
                payment == null ? null : payment.card());
    }

    @Override
    public String toString() {
        return "DeskBookingRequest[roomType=" + roomType + ", checkIn=" + checkIn + ", checkOut=" + checkOut
                + ", guestCount=" + guestCount + ", payment=" + payment + "]";
    }
}
