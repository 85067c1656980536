/**
 * Rooms: the numbered rooms of each room type, their housekeeping (clean, dirty, inspected), the out-of-service flag
 * and the nights they are out of order, with a history of every change and a place in the desks' changes feed.
 * Owns {@code room}, {@code room_out_of_order}, {@code room_history} and {@code room_stay_night}; the number of rooms
 * on sale per type and night stays the inventory's, changed here by deltas in the same transaction (decision 45).
 */
package gotohotel.backend.rooms;
