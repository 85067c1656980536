package gotohotel.backend.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * Makes the body schemas say exactly what the server writes, from the records they are made of: no property beyond
 * those listed ({@code additionalProperties: false}); in answers every property present ({@code required}) unless its
 * record leaves nulls out ({@code @JsonInclude(NON_NULL)}); a property of a reference type that is written as
 * {@code null} is {@code nullable}. Requests keep their properties optional: the server names what is missing (400).
 */
final class StrictSchemas {

    private static final String REFS = "#/components/schemas/";

    private final Map<String, List<Class<?>>> records;

    private StrictSchemas(Map<String, List<Class<?>>> records) {
        this.records = records;
    }

    /** The records under {@code gotohotel} by simple name, as springdoc names their schemas. */
    static StrictSchemas ofRecordsIn(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata()
                .getSuperClassName()));
        var records = new HashMap<String, List<Class<?>>>();
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), StrictSchemas.class.getClassLoader());
            records.computeIfAbsent(type.getSimpleName(), name -> new ArrayList<>()).add(type);
        }
        return new StrictSchemas(records);
    }

    void apply(OpenAPI openApi) {
        var schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> answered = reachable(openApi, schemas);
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                @SuppressWarnings("unchecked")
                Set<String> properties = schema.getProperties().keySet();
                java.util.Optional<Class<?>> record = recordOf(name, properties);
                record.ifPresent(made -> tighten(schema, made, answered.contains(name)));
            }
        });
    }

    /**
     * The record a schema was made of: its simple name, and its components are the schema's properties; of two such
     * records, the shared model's (an API body) before a context's own (a stored shape of the same name).
     */
    private java.util.Optional<Class<?>> recordOf(String name, Set<String> properties) {
        return records.getOrDefault(name, List.of()).stream().filter(record -> properties.equals(
                        java.util.Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                                .collect(java.util.stream.Collectors.toSet())))
                .min(java.util.Comparator.comparing((Class<?> record) -> !record.getPackageName()
                        .startsWith("gotohotel.shared")));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void tighten(Schema schema, Class<?> record, boolean answered) {
        schema.setAdditionalProperties(false);
        boolean leavesNullsOut = leavesNullsOut(record);
        var required = new ArrayList<String>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = (Schema) schema.getProperties().get(component.getName());
            if (property == null) {
                continue;
            }
            boolean omittedWhenNull = leavesNullsOut || leavesNullsOut(component.getAccessor())
                    || leavesNullsOut(field(record, component.getName()));
            if (component.getType().isPrimitive()) {
                required.add(component.getName());
            } else if (!omittedWhenNull) {
                required.add(component.getName());
                schema.getProperties().put(component.getName(), nullable(property));
            }
        }
        schema.setRequired(answered && !required.isEmpty() ? required : null);
    }

    /** {@code $ref} allows no sibling keywords in OpenAPI 3.0: a nullable reference is wrapped in {@code allOf}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            return new ComposedSchema().allOf(List.of(new Schema<>().$ref(property.get$ref()))).type("object")
                    .nullable(true);
        }
        property.setNullable(true);
        return property;
    }

    private static boolean leavesNullsOut(AnnotatedElement element) {
        var include = element == null ? null : element.getAnnotation(JsonInclude.class);
        return include != null && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    private static AnnotatedElement field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The schemas some response body refers to, directly or through other schemas. */
    @SuppressWarnings("rawtypes")
    private static Set<String> reachable(OpenAPI openApi, Map<String, Schema> schemas) {
        var pending = new ArrayDeque<Schema>();
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> add(response.getContent(), pending));
            }
        }));
        var seen = new HashSet<String>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(REFS.length());
                if (seen.add(name) && schemas.containsKey(name)) {
                    pending.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(property -> pending.push((Schema) property));
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            if (schema.getAllOf() != null) {
                schema.getAllOf().forEach(part -> pending.push((Schema) part));
            }
            if (schema.getOneOf() != null) {
                schema.getOneOf().forEach(part -> pending.push((Schema) part));
            }
        }
        return seen;
    }

    @SuppressWarnings("rawtypes")
    private static void add(Content content, ArrayDeque<Schema> pending) {
        if (content != null) {
            content.values().forEach(media -> {
                if (media.getSchema() != null) {
                    pending.push(media.getSchema());
                }
            });
        }
    }
}
