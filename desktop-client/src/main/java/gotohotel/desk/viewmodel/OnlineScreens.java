package gotohotel.desk.viewmodel;

/**
 * The screens the desk's header opens that need the server: the Staff screen and one's own password, the Rooms
 * screen (managers) and a booking for a guest (reception).
 */
public record OnlineScreens(StaffViewModel staff, RoomsViewModel rooms, GuestBookingsViewModel bookings) {
}
