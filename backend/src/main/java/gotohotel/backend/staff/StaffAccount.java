package gotohotel.backend.staff;

import gotohotel.shared.api.StaffAccountView;
import gotohotel.shared.api.StaffRole;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person's staff login: role, whether it may sign in, and the password kept only as a bcrypt hash. */
@Entity
@Table(name = "staff_account")
class StaffAccount {

    @Id
    private String username;
    private String passwordHash;
    private String displayName;
    @Enumerated(EnumType.STRING)
    private StaffRole role;
    private boolean enabled;
    private Instant createdAt;
    private Instant passwordChangedAt;
    private Instant disabledAt;
    /** Null until first written: Spring Data then persists (never merges over an account of the same name). */
    @Version
    private Long version;

    protected StaffAccount() {
    }

    StaffAccount(String username, String passwordHash, String displayName, StaffRole role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void assign(StaffRole newRole) {
        this.role = newRole;
    }

    void disable(Instant now) {
        if (enabled) {
            enabled = false;
            disabledAt = now;
        }
    }

    void enable() {
        enabled = true;
        disabledAt = null;
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

    StaffRole role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    boolean isEnabledManager() {
        return enabled && role.managesStaff();
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    StaffAccountView view() {
        return new StaffAccountView(username, displayName, role, enabled, createdAt, passwordChangedAt, disabledAt);
    }
}
