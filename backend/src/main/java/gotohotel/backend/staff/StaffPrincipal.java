package gotohotel.backend.staff;

/** The staff member behind a request to the staff API, available as a request attribute. */
public record StaffPrincipal(String username, String displayName) {

    public static final String ATTRIBUTE = "gotohotel.staff";
}
