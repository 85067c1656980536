package gotohotel.backend.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A front-desk login; the password is kept only as a bcrypt hash. */
@Entity
@Table(name = "staff_account")
class StaffAccount {

    @Id
    private String username;
    private String passwordHash;
    private String displayName;
    private Instant createdAt;

    protected StaffAccount() {
    }

    StaffAccount(String username, String passwordHash, String displayName, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }
}
