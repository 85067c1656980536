package gotohotel.backend.domain;

/** The payer's card was refused: nothing was charged. */
public non-sealed class PaymentRefusedException extends RefusalException {

    public PaymentRefusedException(String type, String title, String detail) {
        super(type, title, detail, null);
    }
}
