package gotohotel.shared.api;

import java.time.LocalDate;

/** A guest's booking request: one room of a type for the nights from check-in to check-out. */
public record PlaceOrderRequest(String guestName, String phone, String email, String roomType, LocalDate checkIn,
                                LocalDate checkOut, Integer guestCount, CardDetails card) {

    /** Card details as typed by the guest; never stored, never logged. */
    public record CardDetails(String number, String expiry, String cvc) {

        @Override
        public String toString() {
            return "CardDetails[redacted]";
        }
    }

    @Override
    public String toString() {
        return "PlaceOrderRequest[roomType=" + roomType + ", checkIn=" + checkIn + ", checkOut=" + checkOut
                + ", guestCount=" + guestCount + "]";
    }
}
