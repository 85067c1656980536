package gotohotel.backend.domain;

/**
 * A rule refused what was asked in the current state (sold out, an illegal transition, a request still in
 * progress, a desk's commands out of sequence): asking again unchanged will not help until the state changes.
 */
public non-sealed class DomainRuleException extends RefusalException {

    public DomainRuleException(String type, String title, String detail) {
        super(type, title, detail, null);
    }
}
