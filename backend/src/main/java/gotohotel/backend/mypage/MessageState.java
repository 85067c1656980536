package gotohotel.backend.mypage;

/** Delivery of one guest message: retried until it is sent or fails for good. */
enum MessageState implements Ranked {
    RETRYING(0), SENT(1), FAILED(1);

    private final int rank;

    MessageState(int rank) {
        this.rank = rank;
    }

    @Override
    public int rank() {
        return rank;
    }
}
