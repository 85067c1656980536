package gotohotel.backend.payment;

/** How a guest paid: by card through the provider, or at the hotel's counter (cash or the counter's terminal). */
public enum PaymentMethod {
    CARD,
    /** Taken by staff at the desk: its refunds are handed back there, never sent to the provider. */
    COUNTER
}
