package gotohotel.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts the whole product through {@code ./gotohotel server} (PostgreSQL, Kafka, the backend jar), so
 * the backend must be built first. Tagged {@value #TAG}: {@code -DexcludedGroups=whole-product} leaves such tests
 * out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(WholeProduct.TAG)
public @interface WholeProduct {

    String TAG = "whole-product";
}
