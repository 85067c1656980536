package gotohotel.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The generated part of {@code docs/configuration.md}: one table per context of every {@code gotohotel.*} property
 * the configuration processor found ({@code META-INF/spring-configuration-metadata.json}, from the
 * {@code @ConfigurationProperties} records' javadoc and {@code additional-spring-configuration-metadata.json}), with
 * the default {@code application.properties} gives it. The rest of the document is written by hand.
 */
final class ConfigurationReference {

    static final String START = "<!-- generated: the tables up to the end mark come from the configuration metadata;"
            + " edit the records' javadoc, not this -->";
    static final String END = "<!-- end of generated tables -->";

    private static final Pattern CODE = Pattern.compile("\\{@code ([^}]*)}");

    private ConfigurationReference() {
    }

    /** The document with the part between the marks replaced by the tables the metadata gives. */
    static String regenerate(String document, JsonNode metadata, Properties defaults) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("docs/configuration.md has lost its marks: " + START + " ... " + END);
        }
        return document.substring(0, start + START.length()) + "\n\n" + tables(metadata, defaults)
                + document.substring(end);
    }

    static String tables(JsonNode metadata, Properties defaults) {
        Map<String, List<JsonNode>> byContext = new TreeMap<>();
        for (JsonNode property : metadata.get("properties")) {
            String name = property.get("name").asString();
            if (name.startsWith("gotohotel.")) {
                byContext.computeIfAbsent(context(name), context -> new ArrayList<>()).add(property);
            }
        }
        StringBuilder out = new StringBuilder();
        byContext.forEach((context, properties) -> {
            out.append("### ").append(context).append("\n\n");
            out.append("| property | default | type | what it does |\n|---|---|---|---|\n");
            properties.stream()
                    .sorted((a, b) -> a.get("name").asString().compareTo(b.get("name").asString()))
                    .forEach(property -> out.append(row(property, defaults)));
            out.append('\n');
        });
        return out.toString();
    }

    /** {@code gotohotel.payment.refund-retry.first-delay} belongs to {@code gotohotel.payment}. */
    static String context(String name) {
        String[] parts = name.split("\\.");
        return parts[0] + "." + parts[1];
    }

    private static String row(JsonNode property, Properties defaults) {
        String name = property.get("name").asString();
        return "| `" + name + "` | " + defaultOf(name, property, defaults) + " | " + type(property) + " | "
                + text(property.path("description").asString("")) + " |\n";
    }

    /** What application.properties sets, else the metadata's default; a map lists its entries. */
    private static String defaultOf(String name, JsonNode property, Properties defaults) {
        String value = defaults.getProperty(name);
        if (value == null && type(property).equals("Map")) {
            List<String> entries = new ArrayList<>();
            new TreeMap<>(defaults).forEach((key, entry) -> {
                if (key.toString().startsWith(name + ".")) {
                    entries.add("`" + key.toString().substring(name.length() + 1) + "=" + entry + "`");
                }
            });
            return entries.isEmpty() ? "" : String.join(", ", entries);
        }
        if (value == null && property.has("defaultValue")) {
            value = property.get("defaultValue").asString();
        }
        if (value == null) {
            return "";
        }
        return value.isEmpty() ? "*empty*" : "`" + value.replace("|", "\\|") + "`";
    }

    private static String type(JsonNode property) {
        String type = property.path("type").asString("");
        int generic = type.indexOf('<');
        if (generic >= 0) {
            type = type.substring(0, generic);
        }
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Javadoc as Markdown on one line: {@code x} becomes `x`. */
    static String text(String javadoc) {
        Matcher code = CODE.matcher(javadoc.replaceAll("\\s+", " ").trim());
        StringBuilder out = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(out, Matcher.quoteReplacement("`" + code.group(1) + "`"));
        }
        code.appendTail(out);
        return out.toString().replace("|", "\\|");
    }
}
