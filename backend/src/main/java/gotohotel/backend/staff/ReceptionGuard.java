package gotohotel.backend.staff;

import gotohotel.backend.domain.NotPermittedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** After the {@link StaffGuard}: keeps housekeeping accounts out of the bookings (403), which they do not decide. */
class ReceptionGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var principal = (StaffPrincipal) request.getAttribute(StaffPrincipal.ATTRIBUTE);
        if (principal == null || !principal.role().decidesBookings()) {
            throw new NotPermittedException("reception-only", "Reception only",
                    "Housekeeping accounts do not see or decide bookings; a receptionist or a manager does.");
        }
        return true;
    }
}
