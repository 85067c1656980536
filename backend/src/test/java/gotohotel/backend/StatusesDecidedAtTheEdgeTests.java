package gotohotel.backend;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;

/** Decision 41: refusals are named in the domain; only the web edge turns them into statuses. */
class StatusesDecidedAtTheEdgeTests {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("gotohotel.backend");

    /**
     * The classes that answer HTTP themselves: controllers and controller advice (by their stereotype, which
     * {@code @RestController} and {@code @RestControllerAdvice} carry), servlet filters, handler interceptors (the
     * staff guards), OpenAPI operation customizers (a context's part of the API document, decision 51), and classes
     * nested in one of them. Everything else (services, aggregates, repositories,
     * listeners, configuration) is not.
     */
    private static final DescribedPredicate<JavaClass> WEB_FACING = new DescribedPredicate<>(
            "a controller, a controller advice, a servlet filter, a handler interceptor or an OpenAPI operation"
                    + " customizer (or nested in one)") {
        @Override
        public boolean test(JavaClass type) {
            var outermost = type;
            while (outermost.getEnclosingClass().isPresent()) {
                outermost = outermost.getEnclosingClass().get();
            }
            return outermost.isMetaAnnotatedWith(Controller.class)
                    || outermost.isMetaAnnotatedWith(ControllerAdvice.class)
                    || outermost.isAssignableTo(Filter.class) || outermost.isAssignableTo(HandlerInterceptor.class)
                    || outermost.isAssignableTo(OperationCustomizer.class);
        }
    };

    private static final ArchRule ONLY_THE_EDGE_DECIDES_STATUSES = noClasses()
            .that().resideInAPackage("gotohotel.backend..")
            .and().resideOutsideOfPackage("gotohotel.backend.web..")
            .and(not(WEB_FACING))
            .should().dependOnClassesThat().resideInAPackage("gotohotel.backend.web..")
            .orShould().dependOnClassesThat().belongToAnyOf(HttpStatus.class, ProblemDetail.class)
            .because("a service, an aggregate, a repository or a listener names what went wrong with a refusal"
                    + " from gotohotel.backend.domain; how each kind is answered (status, Retry-After) is decided in"
                    + " one table at the web edge (ProblemDetailsAdvice), so the same refusal never leaves with two"
                    + " statuses and the domain can be used without HTTP");

    @Test
    void onlyControllersAdviceFiltersAndGuardsUseTheWebPackageOrHttpStatuses() {
        ONLY_THE_EDGE_DECIDES_STATUSES.check(PRODUCT);
    }

    @Test
    void theRuleCatchesAServiceThatPicksAStatus() {
        var service = new ClassFileImporter().importClasses(ServiceDecidingAStatus.class);

        assertThat(ONLY_THE_EDGE_DECIDES_STATUSES.evaluate(service).hasViolation()).isTrue();
    }

    @Test
    void theDomainsRefusalsKnowNothingOfSpring() {
        noClasses().that().resideInAPackage("gotohotel.backend.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .because("the refusal kinds are the vocabulary every context shares; HTTP is the web edge's business")
                .check(PRODUCT);
    }

    /** What the rule is there to stop. */
    static final class ServiceDecidingAStatus {
        HttpStatus refuse() {
            return HttpStatus.CONFLICT;
        }
    }
}
