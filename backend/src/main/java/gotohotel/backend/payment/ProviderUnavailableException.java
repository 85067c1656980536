package gotohotel.backend.payment;

import gotohotel.backend.events.TransientFailure;

/** The provider could not be reached or answered with a server error; the call may be retried. */
class ProviderUnavailableException extends RuntimeException implements TransientFailure {

    ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
