package gotohotel.shared.api;

/** A manager renames an account, changes its role, or disables or re-enables it; null leaves a field as it is. */
public record StaffAccountChange(String displayName, StaffRole role, Boolean enabled) {
}
