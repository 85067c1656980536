package gotohotel.shared.api;

/** Why the hotel refuses a booking; the guest sees the reason. */
public record RejectRequest(String reason) {
}
