package gotohotel.backend.staff;

import gotohotel.backend.web.ApiDocs;
import gotohotel.backend.web.ApiProblems;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

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

    /**
     * The guards above as the OpenAPI document says them, from the same paths: a staff token (401 without one),
     * managers only or reception only (403).
     */
    @Bean
    OperationCustomizer staffGuardsInTheApiDocs() {
        List<PathPattern> staff = patterns(STAFF_ONLY);
        List<PathPattern> managers = patterns(MANAGERS_ONLY);
        List<PathPattern> reception = patterns(RECEPTION_ONLY);
        return (operation, handler) -> {
            var paths = ApiDocs.pathsOf(handler);
            if (matches(paths, staff) && !paths.contains(LOGIN)) {
                ApiDocs.alsoRequires(operation, ApiDocs.STAFF_TOKEN);
                ApiProblems.add(operation, "unauthenticated");
            }
            if (matches(paths, managers)) {
                ApiProblems.add(operation, "manager-only");
            }
            if (matches(paths, reception)) {
                ApiProblems.add(operation, "reception-only");
            }
            return operation;
        };
    }

    private static List<PathPattern> patterns(String... paths) {
        return Arrays.stream(paths).map(PathPatternParser.defaultInstance::parse).toList();
    }

    private static boolean matches(List<String> paths, List<PathPattern> patterns) {
        return paths.stream().anyMatch(path -> patterns.stream().anyMatch(pattern -> pattern.matches(
                org.springframework.http.server.PathContainer.parsePath(path))));
    }
}
