package gotohotel.backend.notification;

/** What a channel made of one message. */
record Delivery(Outcome outcome, String reason) {

    enum Outcome {
        SENT,
        /** Transport error, 5xx or 429: worth another attempt. */
        TRANSIENT_FAILURE,
        /** The provider refused the message or recipient for good. */
        PERMANENT_FAILURE
    }

    static Delivery sent() {
        return new Delivery(Outcome.SENT, null);
    }

    static Delivery retryable(String reason) {
        return new Delivery(Outcome.TRANSIENT_FAILURE, reason);
    }

    static Delivery permanentFailure(String reason) {
        return new Delivery(Outcome.PERMANENT_FAILURE, reason);
    }
}
