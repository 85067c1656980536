/**
 * Reservation: the hotel's side of a booking. Created from OrderPaid (PaymentApproved before decision record 55)
 * consumed from Kafka, exactly once per order; confirmed, rejected, checked in and out by the staff; cancelled when the
 * guest cancels.
 */
package gotohotel.backend.reservation;
