package gotohotel.backend.payment;

/**
 * The provider's answer to an authorisation.
 *
 * @param reference the provider's reference for an approval
 * @param declineReason why the provider declined, for a decline
 */
public record Authorization(boolean approved, String reference, String cardLast4, String declineReason) {

    public static Authorization approved(String reference, String cardLast4) {
        return new Authorization(true, reference, cardLast4, null);
    }

    public static Authorization declined(String reason, String cardLast4) {
        return new Authorization(false, null, cardLast4, reason);
    }
}
