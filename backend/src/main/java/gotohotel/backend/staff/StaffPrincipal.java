package gotohotel.backend.staff;

import gotohotel.shared.api.StaffRole;

/** The staff member behind a request to the staff API, available as a request attribute. */
public record StaffPrincipal(String username, String displayName, StaffRole role) {

    public static final String ATTRIBUTE = "gotohotel.staff";
}
