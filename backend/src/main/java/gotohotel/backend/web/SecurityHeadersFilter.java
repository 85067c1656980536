package gotohotel.backend.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers that keep the guest pages (and every answer of the public port) safe in a browser (decision record
 * 54): a Content-Security-Policy that runs only this origin's script files — no inline script or style, no other
 * origin — and frames nothing; no Referer ever leaves a page; a guest's order or my page is never cached.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // the path as the routes see it: decoded and without path parameters (/api/%6Frders and /api;x/orders are
        // /api/orders), not the raw request URI
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/api/orders") || path.startsWith("/api/mypages")) {
            // a guest's booking, its access token (in the answer that placed it) and personal data: never cached
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
