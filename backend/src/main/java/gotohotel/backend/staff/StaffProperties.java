package gotohotel.backend.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tokenLifetime how long a login stays valid
 * @param adminPassword the first {@code admin}'s password; generated when blank
 */
@ConfigurationProperties("gotohotel.staff")
record StaffProperties(Duration tokenLifetime, String adminPassword) {

    @Override
    public String toString() {
        return "StaffProperties[tokenLifetime=" + tokenLifetime + "]";
    }
}
