package gotohotel.backend.domain;

/** The request contradicts one the caller made earlier under the same key (an idempotency key reused). */
public non-sealed class ContradictoryRequestException extends RefusalException {

    public ContradictoryRequestException(String type, String title, String detail) {
        super(type, title, detail, null);
    }
}
