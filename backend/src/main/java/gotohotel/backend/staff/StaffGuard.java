package gotohotel.backend.staff;

import gotohotel.backend.security.BearerToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/** Admits a request to the staff API only with a valid, unexpired staff bearer token. */
class StaffGuard implements HandlerInterceptor {

    private final StaffAuthentication authentication;

    StaffGuard(StaffAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String token = BearerToken.from(request.getHeader(HttpHeaders.AUTHORIZATION));
        var principal = token == null ? Optional.<StaffPrincipal>empty() : authentication.authenticate(token);
        if (principal.isEmpty()) {
            throw StaffSessions.loginRequired();
        }
        request.setAttribute(StaffPrincipal.ATTRIBUTE, principal.get());
        return true;
    }
}
