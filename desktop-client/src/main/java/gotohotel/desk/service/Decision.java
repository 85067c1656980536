package gotohotel.desk.service;

import java.util.Set;

/** The decisions a receptionist takes at the desk, the statuses each is legal from and the status it leads to. */
public enum Decision {
    CONFIRM(Set.of("PENDING_CONFIRMATION"), "CONFIRMED"),
    REJECT(Set.of("PENDING_CONFIRMATION", "CONFIRMED"), "REJECTED"),
    CHECK_IN(Set.of("CONFIRMED"), "CHECKED_IN"),
    CHECK_OUT(Set.of("CHECKED_IN"), "CHECKED_OUT");

    private final Set<String> from;
    private final String next;

    Decision(Set<String> from, String next) {
        this.from = from;
        this.next = next;
    }

    public boolean legalFrom(String status) {
        return from.contains(status);
    }

    public String next() {
        return next;
    }

    public boolean needsReason() {
        return this == REJECT;
    }
}
