/**
 * Sync: the front desk's API. A changes feed of reservation snapshots in commit order that never skips a
 * change, answered at once or as soon as a change commits, and a batch of decisions taken on a desk —
 * possibly offline — each applied exactly once, in the desk's order, with a permanent answer. Waiting
 * requests are capped (per server and per desk) and answered in rounds by one reader on the feed's own
 * connections: one read per cursor a round, never a guest's connection.
 */
package gotohotel.backend.sync;
