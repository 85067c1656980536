package gotohotel.desk.sync;

import gotohotel.desk.store.DeskStore;
import java.time.Clock;

/**
 * What the two sync loops work with: the store, the link to the server and the staff's token, the status shown,
 * the settings and the clock, and each loop's pace (the pusher wakes the puller and the other way round).
 */
record SyncContext(DeskStore store, ServerLink link, StaffSession session, StatusBoard board, SyncSettings settings,
                   Clock clock, LoopPace push, LoopPace pull) {
}
