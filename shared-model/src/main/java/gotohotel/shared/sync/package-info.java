/**
 * The front-desk sync contract: the changes feed of reservation snapshots and the batch of decisions a
 * desk made, possibly offline, with the server's permanent answer to each.
 */
package gotohotel.shared.sync;
