package gotohotel.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/configuration.md is what the configuration metadata gives: a property added, renamed or described anew in
 * a {@code @ConfigurationProperties} record fails here until the document is regenerated.
 */
class ConfigurationReferenceTests {

    static final String REGENERATE = "mvn -B -pl backend -am test -Dtest=ConfigurationReferenceTests"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dconfiguration-reference.write=true";

    private static final Path DOCUMENT = Path.of("..", "docs", "configuration.md");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void docsConfigurationIsWhatTheMetadataGives() throws IOException {
        String document = Files.readString(DOCUMENT);
        String generated = ConfigurationReference.regenerate(document, metadata(), defaults());
        if (Boolean.getBoolean("configuration-reference.write")) {
            Files.writeString(DOCUMENT, generated);
            document = generated;
        }
        assertThat(document)
                .as("docs/configuration.md differs from the configuration metadata; regenerate it with\n  "
                        + REGENERATE + "\n")
                .isEqualTo(generated);
    }

    @Test
    void everyPropertyIsDescribed() throws IOException {
        List<String> undescribed = new ArrayList<>();
        for (JsonNode property : metadata().get("properties")) {
            String name = property.get("name").asString();
            if (name.startsWith("gotohotel.") && property.path("description").asString("").isBlank()) {
                undescribed.add(name);
            }
        }
        assertThat(undescribed)
                .as("give each a javadoc @param on its record component (or an entry in"
                        + " additional-spring-configuration-metadata.json)")
                .isEmpty();
    }

    @Test
    void everyGotohotelSettingOfApplicationPropertiesIsInTheMetadata() throws IOException {
        Set<String> known = new TreeSet<>();
        for (JsonNode property : metadata().get("properties")) {
            known.add(property.get("name").asString());
        }
        Set<String> unknown = new TreeSet<>();
        for (String key : defaults().stringPropertyNames()) {
            boolean mapEntry = known.stream().anyMatch(name -> key.startsWith(name + "."));
            if (key.startsWith("gotohotel.") && !known.contains(key) && !mapEntry) {
                unknown.add(key);
            }
        }
        assertThat(unknown)
                .as("read these through a @ConfigurationProperties record, or describe them in"
                        + " additional-spring-configuration-metadata.json")
                .isEmpty();
    }

    private JsonNode metadata() throws IOException {
        try (InputStream in = resource("META-INF/spring-configuration-metadata.json")) {
            return json.readTree(in);
        }
    }

    private static Properties defaults() throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(resource("application.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ConfigurationReferenceTests.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (is spring-boot-configuration-processor in"
                    + " backend/pom.xml?)");
        }
        return in;
    }
}
