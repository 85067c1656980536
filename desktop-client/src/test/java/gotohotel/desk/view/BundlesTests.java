package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BundlesTests {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = BundlesTests.class.getResourceAsStream("/gotohotel/desk/view/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndKoreanHaveTheSameKeys() throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        var korean = load("messages_ko.properties").stringPropertyNames();

        assertThat(korean).containsExactlyInAnyOrderElementsOf(english);
        assertThat(english).hasSizeGreaterThan(80);
    }

    @Test
    void koreanTextIsReadAsUtf8AndEnglishIsNotReplacedByTheSystemLanguage() {
        var defaultLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertThat(new Texts(Locale.ENGLISH).get("decision.CONFIRM")).isEqualTo("Confirm");
            assertThat(new Texts(Locale.KOREAN).get("decision.CONFIRM")).isEqualTo("확정");
            assertThat(new Texts(Locale.FRENCH).get("decision.CONFIRM")).isEqualTo("Confirm");
        } finally {
            Locale.setDefault(defaultLocale);
        }
    }
}
