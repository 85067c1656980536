package gotohotel.backend.mypage;

/** A status with a rank: on my page a status only ever gives way to one of higher rank. */
interface Ranked {

    int rank();

    /** Whether this status supersedes {@code other} (null: nothing known yet). */
    default boolean isAfter(Ranked other) {
        return other == null || rank() > other.rank();
    }
}
