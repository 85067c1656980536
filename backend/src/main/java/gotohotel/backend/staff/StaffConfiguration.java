package gotohotel.backend.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class StaffConfiguration {

    /**
     * What only managers may do: manage staff and desks, replay dead letters, rebuild my page, see the night audit and
     * the reports.
     */
    static final String[] MANAGERS_ONLY = {"/api/staff/accounts", "/api/staff/accounts/**", "/api/staff/desks",
            "/api/staff/desks/**", "/api/staff/dead-letters/**", "/api/staff/mypages/**", "/api/staff/night-audit/**",
            "/api/staff/reports/**"};

    /** What housekeeping accounts may not do: see and decide bookings (they mark rooms clean or dirty). */
    static final String[] RECEPTION_ONLY = {"/api/staff/reservations", "/api/staff/reservations/**",
            "/api/staff/bookings", "/api/sync/reservations/**"};

    /**
     * The desks' requests for changes are admitted by the feed's reader, many in one read of {@link StaffSessions}
     * on the feed's own connections (decision 40): a thousand waiting desks never take a guest's connection.
     */
    static final String SELF_ADMITTED_CHANGES = "/api/sync/changes";

    /** What the staff guard admits only with a staff token (the changes feed checks it itself). */
    static final String[] STAFF_ONLY = {"/api/staff/**", "/api/sync/**"};
    static final String LOGIN = "/api/staff/login";

    @Bean
    BCryptPasswordEncoder staffPasswordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    WebMvcConfigurer staffApiGuard(StaffAuthentication authentication) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new StaffGuard(authentication))
                        .addPathPatterns(STAFF_ONLY)
                        .excludePathPatterns(LOGIN, SELF_ADMITTED_CHANGES);
                registry.addInterceptor(new ManagerGuard()).addPathPatterns(MANAGERS_ONLY);
                registry.addInterceptor(new ReceptionGuard()).addPathPatterns(RECEPTION_ONLY);
            }
        };
    }
}
