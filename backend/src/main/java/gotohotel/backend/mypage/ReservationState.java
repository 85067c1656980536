package gotohotel.backend.mypage;

/** The hotel reservation's status as my page shows it. */
enum ReservationState {
    PENDING_CONFIRMATION(0), CONFIRMED(1), CHECKED_IN(2), CHECKED_OUT(3), REJECTED(4), CANCELLED(4);

    private final int rank;

    ReservationState(int rank) {
        this.rank = rank;
    }

    boolean isAfter(ReservationState other) {
        return other == null || rank > other.rank;
    }
}
