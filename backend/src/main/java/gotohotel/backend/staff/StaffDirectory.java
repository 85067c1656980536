package gotohotel.backend.staff;

import gotohotel.shared.api.StaffRole;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** For the other contexts: who a staff account is, and whether it could decide at a given time. */
@Service
public class StaffDirectory {

    private final StaffAccountRepository accounts;
    private final StaffAudit audit;

    StaffDirectory(StaffAccountRepository accounts, StaffAudit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * The person behind a decision made at {@code decidedAt} (a desk's clock, possibly offline): empty when there
     * is no such account, or it was disabled at that time.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Person> whoCouldDecide(String username, Instant decidedAt) {
        return accounts.findById(username)
                .filter(account -> audit.enabledAt(username, decidedAt))
                .map(account -> new Person(account.username(), account.displayName(), account.role()));
    }

    /** A staff account as named in a reservation's history, and what it may do. */
    public record Person(String username, String displayName, StaffRole role) {
    }
}
