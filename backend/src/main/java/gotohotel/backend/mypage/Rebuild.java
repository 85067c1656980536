package gotohotel.backend.mypage;

import java.time.Instant;
import java.util.UUID;

/**
 * A rebuild of my page as staff see it: the generation it builds, how far it read ({@code recordsRead} of the
 * {@code recordsTotal} the topics held when it started; events arriving meanwhile are read too) and its
 * outcome.
 */
record Rebuild(UUID rebuildId, long generation, Status status, long recordsTotal, long recordsRead,
               Instant startedAt, Instant updatedAt, Instant finishedAt, String failure) {

    enum Status {
        /** Reading the topics into the new generation; guests read the live one. */
        RUNNING,
        /** Caught up; waiting for projections in flight, reading the last records and switching. */
        SWITCHING,
        /** The new generation is live; the old one is being deleted. */
        COMPLETED,
        /** Stopped by a failure or a shutdown; the live generation never changed. */
        FAILED,
        /** Made no progress for {@code gotohotel.mypage.rebuild.stale-after} (its instance died); replaced. */
        ABANDONED
    }
}
