package gotohotel.backend.mypage;

/** The order's status as my page shows it; a higher rank never gives way to a lower one. */
enum OrderState implements Ranked {
    PENDING_PAYMENT(0), PAID(1), CONFIRMED(2), CHECKED_IN(3), CHECKED_OUT(4),
    PAYMENT_DECLINED(5), REJECTED(5), CANCELLED(5), NO_SHOW(5);

    private final int rank;

    OrderState(int rank) {
        this.rank = rank;
    }

    @Override
    public int rank() {
        return rank;
    }
}
