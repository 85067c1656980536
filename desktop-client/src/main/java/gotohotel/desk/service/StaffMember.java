package gotohotel.desk.service;

import gotohotel.shared.api.StaffRole;

/** A staff account as the desk shows it to managers. */
public record StaffMember(String username, String displayName, StaffRole role, boolean enabled) {
}
