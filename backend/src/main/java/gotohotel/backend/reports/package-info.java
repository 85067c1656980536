/**
 * Reports for managers: rooms sold, rooms on sale, occupancy and room revenue per night for a range of nights. Reads
 * no table of its own: the reservation context says which nights its bookings hold and what they earn
 * ({@link gotohotel.backend.reports.NightsSold}), the inventory how many rooms were on sale
 * ({@link gotohotel.backend.reports.RoomsOnSale}); both implement what this package asks (decision 50).
 */
package gotohotel.backend.reports;
