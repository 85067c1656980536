package gotohotel.backend.mypage;

/** The payment's status as my page shows it. */
enum PaymentState implements Ranked {
    APPROVED(0), DECLINED(0), REFUNDED(1);

    private final int rank;

    PaymentState(int rank) {
        this.rank = rank;
    }

    @Override
    public int rank() {
        return rank;
    }
}
