package gotohotel.backend.domain;

/** The payer's card was refused: nothing was charged. The web layer answers 402. */
public class PaymentRefusedException extends RuntimeException {

    private final String type;

    public PaymentRefusedException(String type, String detail) {
        super(detail);
        this.type = type;
    }

    /** The problem type slug ({@code urn:gotohotel:problem:<type>}). */
    public String type() {
        return type;
    }
}
