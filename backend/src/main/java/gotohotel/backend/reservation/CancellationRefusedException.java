package gotohotel.backend.reservation;

import gotohotel.backend.domain.DomainRuleException;

/** The reservation can no longer be cancelled by the guest; the detail says why. */
public class CancellationRefusedException extends DomainRuleException {

    CancellationRefusedException(String detail) {
        super("cancellation-refused", "Cancellation not possible", detail);
    }
}
