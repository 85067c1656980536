package gotohotel.shared.api;

/** What a staff account may do: receptionists decide bookings; managers also manage staff, desks and repairs. */
public enum StaffRole {
    MANAGER,
    RECEPTIONIST;

    public boolean managesStaff() {
        return this == MANAGER;
    }
}
