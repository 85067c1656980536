/**
 * What the desk's screens may ask of the desk — sign in, the reservations, decisions, history, the sync
 * status — and the only code that touches the sync engine and the local store. Blocking methods here are
 * called on a background executor, never on the FX thread.
 */
package gotohotel.desk.service;
