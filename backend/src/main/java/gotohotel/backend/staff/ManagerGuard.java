package gotohotel.backend.staff;

import gotohotel.backend.domain.NotPermittedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** After the {@link StaffGuard}: admits only managers (403 for anyone else). */
class ManagerGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var principal = (StaffPrincipal) request.getAttribute(StaffPrincipal.ATTRIBUTE);
        if (principal == null || !principal.role().managesStaff()) {
            throw new NotPermittedException("manager-only", "Managers only",
                    "Only a manager may do this; you are signed in as a "
                            + (principal == null ? "guest" : principal.role().name().toLowerCase(java.util.Locale.ROOT))
                            + ".");
        }
        return true;
    }
}
