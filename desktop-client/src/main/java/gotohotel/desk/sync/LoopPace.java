package gotohotel.desk.sync;

/** How one sync loop waits: its backoff after failures, and the wakeup that ends a wait early. */
record LoopPace(Backoff backoff, Wakeup wakeup) {

    /** Start over: the backoff from its base, and a wait in progress ends now. */
    void wake() {
        backoff.reset();
        wakeup.ring();
    }
}
