package gotohotel.backend.reservation;

import gotohotel.backend.domain.DomainRuleException;

/**
 * The booking's stay may not change as asked in its status (decision record 52): a confirmed booking may change
 * anything, an in-house one only the nights ahead, a checked-out, cancelled, rejected or no-show one nothing. The
 * detail says why.
 */
public class StayChangeRefusedException extends DomainRuleException {

    StayChangeRefusedException(String detail) {
        super("stay-change-refused", "Stay change not possible", detail);
    }
}
