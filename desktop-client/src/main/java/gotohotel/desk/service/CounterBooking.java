package gotohotel.desk.service;

import java.time.LocalDate;

/**
 * A booking as reception types it for a guest: who, which room type and nights, and how the guest pays.
 *
 * @param email optional
 */
public record CounterBooking(String guestName, String phone, String email, String roomType, LocalDate checkIn,
                             LocalDate checkOut, int guests, Payment payment) {

    /** How the guest pays. */
    public sealed interface Payment permits ByCard, AtCounter {
    }

    /** A card the guest hands over: sent to the payment provider through the server, never kept or logged. */
    public record ByCard(String number, String expiry, String cvc) implements Payment {

        @Override
        public String toString() {
            return "ByCard[redacted]";
        }
    }

    /** Cash or the counter's own terminal, with its receipt's reference. */
    public record AtCounter(String reference) implements Payment {
    }

    @Override
    public String toString() {
        return "CounterBooking[" + roomType + " " + checkIn + "–" + checkOut + ", " + guests + " guests, "
                + (payment instanceof ByCard ? "card" : "counter") + "]";
    }
}
