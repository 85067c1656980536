package gotohotel.backend.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff accounts.
 *
 * @param tokenLifetime how long a login stays valid
 * @param adminPassword the first {@code admin}'s password (set it through {@code GOTOHOTEL_ADMIN_PASSWORD}, a secret);
 *     when blank one is generated, printed once and written to {@code initial-admin-password} in the home
 */
@ConfigurationProperties("gotohotel.staff")
record StaffProperties(Duration tokenLifetime, String adminPassword) {

    @Override
    public String toString() {
        return "StaffProperties[tokenLifetime=" + tokenLifetime + "]";
    }
}
