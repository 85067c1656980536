package gotohotel.shared.api;

/**
 * What a staff account may do: receptionists decide bookings, assign and move rooms and mark rooms clean or dirty;
 * managers also manage staff, desks, rooms and repairs, and inspect rooms; housekeeping only marks rooms clean or
 * dirty.
 */
public enum StaffRole {
    MANAGER,
    RECEPTIONIST,
    HOUSEKEEPING;

    public boolean managesStaff() {
        return this == MANAGER;
    }

    /** Confirms, rejects, checks in and out: everyone but housekeeping. */
    public boolean decidesBookings() {
        return this != HOUSEKEEPING;
    }
}
