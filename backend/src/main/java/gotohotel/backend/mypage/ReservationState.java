package gotohotel.backend.mypage;

/** The hotel reservation's status as my page shows it. */
enum ReservationState implements Ranked {
    PENDING_CONFIRMATION(0), CONFIRMED(1), CHECKED_IN(2), CHECKED_OUT(3), REJECTED(4), CANCELLED(4), NO_SHOW(4);

    private final int rank;

    ReservationState(int rank) {
        this.rank = rank;
    }

    @Override
    public int rank() {
        return rank;
    }
}
