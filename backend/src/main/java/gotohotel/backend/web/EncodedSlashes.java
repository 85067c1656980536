package gotohotel.backend.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * An encoded slash in a path ({@code /api/orders/a%2Fb}) reaches the application as part of its segment instead of
 * being refused by Tomcat itself, whose refusal is an HTML page: the application answers it like any other bad
 * path variable, with problem details (400, or 404 where no route takes it). Routes and the staff interceptors match
 * it as part of its segment, never as a separator, so it reaches no other route; a static file is still looked up
 * inside the static directory only (Spring's resource handling refuses encoded {@code ..}).
 */
@Component
class EncodedSlashes implements TomcatConnectorCustomizer {

    @Override
    public void customize(org.apache.catalina.connector.Connector connector) {
        connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }
}
