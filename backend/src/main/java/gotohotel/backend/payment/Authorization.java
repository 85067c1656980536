package gotohotel.backend.payment;

/**
 * The provider's answer to an authorisation. Provider strings are cut to the columns that keep them
 * (reference 100, decline reason 200, last four digits 4), so an over-long answer never fails a write.
 *
 * @param outcome approved, declined, or still pending at the provider (not final: ask again later)
 * @param reference the provider's reference for an approval
 * @param declineReason why the provider declined, for a decline
 */
public record Authorization(Outcome outcome, String reference, String cardLast4, String declineReason) {

    static final int REFERENCE_LENGTH = 100;
    static final int DECLINE_REASON_LENGTH = 200;

    /** What the provider decided; only APPROVED and DECLINED are final. */
    public enum Outcome {
        APPROVED, DECLINED, PENDING
    }

    public Authorization {
        reference = cut(reference, REFERENCE_LENGTH);
        declineReason = cut(declineReason, DECLINE_REASON_LENGTH);
        cardLast4 = cardLast4 == null || cardLast4.length() <= 4 ? cardLast4
                : cardLast4.substring(cardLast4.length() - 4);
    }

    public static Authorization approved(String reference, String cardLast4) {
        return new Authorization(Outcome.APPROVED, reference, cardLast4, null);
    }

    public static Authorization declined(String reason, String cardLast4) {
        return new Authorization(Outcome.DECLINED, null, cardLast4, reason);
    }

    public static Authorization pending(String reference, String cardLast4) {
        return new Authorization(Outcome.PENDING, reference, cardLast4, null);
    }

    public boolean approved() {
        return outcome == Outcome.APPROVED;
    }

    /** The provider has not decided yet: neither paid nor declined. */
    public boolean pending() {
        return outcome == Outcome.PENDING;
    }

    static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
