package gotohotel.backend.payment;

/** The provider could not be reached or answered with a server error; the call may be retried. */
class ProviderUnavailableException extends RuntimeException {

    ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
