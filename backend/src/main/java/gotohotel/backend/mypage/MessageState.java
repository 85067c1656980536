package gotohotel.backend.mypage;

/** Delivery of one guest message: retried until it is sent or fails for good. */
enum MessageState {
    RETRYING(0), SENT(1), FAILED(1);

    private final int rank;

    MessageState(int rank) {
        this.rank = rank;
    }

    boolean isAfter(MessageState other) {
        return other == null || rank > other.rank;
    }
}
