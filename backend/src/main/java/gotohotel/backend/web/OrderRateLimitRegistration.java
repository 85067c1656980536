package gotohotel.backend.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link OrderRateLimit} in front of {@code POST /api/orders}, keyed by the request's remote address; its 429 is
 * answered by {@code ProblemDetailsAdvice} like any refusal. A web slice test without the limit gets none.
 */
@Component
class OrderRateLimitRegistration implements WebMvcConfigurer {

    private final ObjectProvider<OrderRateLimit> limit;

    OrderRateLimitRegistration(ObjectProvider<OrderRateLimit> limit) {
        this.limit = limit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        limit.ifAvailable(orders -> {
            if (orders.enabled()) {
                registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if ("POST".equals(request.getMethod())) {
                            orders.take(request.getRemoteAddr());
                        }
                        return true;
                    }
                }).addPathPatterns("/api/orders");
            }
        });
    }
}
