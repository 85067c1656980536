/**
 * Night audit: once per business date, in the hotel's time zone, bookings whose check-in day has passed without the
 * guest become NO_SHOW (through ordering, as a cancellation would: the policy's refund, the nights after the first
 * released). A run is claimed by one instance under a lease, each booking is settled in its own idempotent
 * transaction, and a run a crash left unfinished is taken over and completed. Guests still checked in past their
 * check-out day (due-outs) are only listed for the staff, never checked out.
 */
package gotohotel.backend.nightaudit;
