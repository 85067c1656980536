package gotohotel.backend.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem types (slugs of {@link ProblemTypes}) a handler answers with besides those the OpenAPI document adds
 * to every operation of its kind ({@link ApiDocs}: invalid input, too large a body, the staff guards, the server's
 * own failures). Each becomes an error response of the operation, with its status, schema and an example.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refuses {

    String[] value();
}
