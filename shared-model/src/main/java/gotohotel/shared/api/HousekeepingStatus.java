package gotohotel.shared.api;

/**
 * Where a room stands with housekeeping: check-out makes it DIRTY, housekeeping makes it CLEAN, a supervisor
 * (a manager) checks it and makes it INSPECTED. Whether it can be sold is another matter (out of order).
 */
public enum HousekeepingStatus {
    CLEAN,
    DIRTY,
    INSPECTED
}
