package gotohotel.backend.staff;

import gotohotel.backend.web.ApiDocs;
import gotohotel.backend.web.ApiProblems;
import io.swagger.v3.oas.models.Operation;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The staff guards as the OpenAPI document says them, from the paths they are registered for ({@link
 * StaffConfiguration}): a staff token (401 without one), managers only or reception only (403). Decision record 51.
 */
@Component
class StaffApiDocs implements OperationCustomizer {

    private final List<PathPattern> staff = patterns(StaffConfiguration.STAFF_ONLY);
    private final List<PathPattern> managers = patterns(StaffConfiguration.MANAGERS_ONLY);
    private final List<PathPattern> reception = patterns(StaffConfiguration.RECEPTION_ONLY);

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var paths = ApiDocs.pathsOf(handler);
        if (matches(paths, staff) && !paths.contains(StaffConfiguration.LOGIN)) {
            ApiDocs.alsoRequires(operation, ApiDocs.STAFF_TOKEN);
            ApiProblems.add(operation, "unauthenticated");
        }
        if (matches(paths, managers)) {
            ApiProblems.add(operation, "manager-only");
        }
        if (matches(paths, reception)) {
            ApiProblems.add(operation, "reception-only");
        }
        return operation;
    }

    private static List<PathPattern> patterns(String... paths) {
        return Arrays.stream(paths).map(PathPatternParser.defaultInstance::parse).toList();
    }

    private static boolean matches(List<String> paths, List<PathPattern> patterns) {
        return paths.stream().anyMatch(path -> patterns.stream()
                .anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path))));
    }
}
