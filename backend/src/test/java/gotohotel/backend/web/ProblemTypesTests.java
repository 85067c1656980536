package gotohotel.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The list in {@link ProblemTypes} and the refusals the product raises are the same set of problem types. */
class ProblemTypesTests {

    private static final Path SOURCES = Path.of("src/main/java/gotohotel/backend");
    private static final Path LIST = SOURCES.resolve("web/ProblemTypes.java");
    /** A kebab-case literal given first to a refusal's constructor: {@code super("sold-out", ...)}. */
    private static final Pattern RAISED = Pattern.compile(
            "(?:super|new \\w+Exception)\\(\\s*\"([a-z]+(?:-[a-z0-9]+)+)\"");

    private static Map<Path, String> sources;

    @BeforeAll
    static void readTheProductsSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).filter(file -> !file.equals(LIST))
                    .collect(Collectors.toMap(file -> file, ProblemTypesTests::read));
        }
    }

    @Test
    void eachListedRefusalTypeIsRaisedSomewhere() {
        assertThat(ProblemTypes.REFUSALS).doesNotHaveDuplicates().allSatisfy(slug -> assertThat(sources.values())
                .as("a class raising " + slug).anyMatch(source -> source.contains('"' + slug + '"')));
    }

    @Test
    void eachTypeRaisedIsListed() {
        var raised = new TreeSet<String>();
        sources.values().forEach(source -> RAISED.matcher(source).results().forEach(match -> raised.add(match.group(1))));

        assertThat(raised).isNotEmpty();
        assertThat(ProblemTypes.REFUSALS).containsAll(raised);
    }

    @Test
    void typesAreStableUrns() {
        assertThat(ProblemTypes.uri("sold-out")).hasToString("urn:gotohotel:problem:sold-out");
        assertThat(ProblemTypes.EDGE).containsEntry(405, "method-not-allowed").containsEntry(413, "payload-too-large");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
