/**
 * Ordering: the guest's booking request and its lifecycle. Places orders (hold, synchronous payment),
 * cancels them with a refund, and follows the hotel's reservation through its events.
 */
package gotohotel.backend.ordering;
