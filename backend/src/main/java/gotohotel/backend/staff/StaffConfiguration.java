package gotohotel.backend.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class StaffConfiguration {

    /** What only managers may do: manage staff and desks, replay dead letters, rebuild my page. */
    static final String[] MANAGERS_ONLY = {"/api/staff/accounts", "/api/staff/accounts/**", "/api/staff/desks",
            "/api/staff/desks/**", "/api/staff/dead-letters/**", "/api/staff/mypages/**"};

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
                        .addPathPatterns("/api/staff/**", "/api/sync/**")
                        .excludePathPatterns("/api/staff/login");
                registry.addInterceptor(new ManagerGuard()).addPathPatterns(MANAGERS_ONLY);
            }
        };
    }
}
