package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.text.ScreenText;
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

    @Test
    void aKeyWithValuesIsSaidWithTheValuesInBothLanguages() {
        String text = ScreenText.of("signin.error.OTHER_SERVER", 3L, "http://hotel-a:8088", 120L);

        assertThat(new Texts(Locale.ENGLISH).say(text)).contains("120 reservations and 3 decisions not yet sent")
                .contains("http://hotel-a:8088").contains("GOTOHOTEL_DESK_HOME");
        assertThat(new Texts(Locale.KOREAN).say(text)).contains("예약 120건").contains("처리 3건")
                .contains("http://hotel-a:8088");
        assertThat(new Texts(Locale.ENGLISH).say("signin.error.REFUSED"))
                .isEqualTo("The server did not accept this user name and password.");
        assertThat(new Texts(Locale.ENGLISH).say("No answer from the server")).isEqualTo("No answer from the server");
        String refused = ScreenText.of("decision.refused.NOT_LEGAL", "decision.CHECK_IN", "status.CANCELLED");
        assertThat(new Texts(Locale.ENGLISH).say(refused))
                .isEqualTo("Check in is not possible for a reservation that is Cancelled.");
        var korean = new Texts(Locale.KOREAN);
        assertThat(korean.say(refused)).contains(korean.get("status.CANCELLED")).contains(korean.get("decision.CHECK_IN"))
                .doesNotContain("status.").doesNotContain("Cancelled");
    }

    @Test
    void aSyncErrorSaysWhatHappensAndKeepsItsTechnicalCauseForTheTooltip() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_ko.properties"}) {
            var bundle = load(name);
            assertThat(bundle.stringPropertyNames()).as(name).filteredOn(key -> key.startsWith(ScreenText.SYNC_ERROR))
                    .hasSizeGreaterThan(5)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("{0}"));
        }
        String unreachable = ScreenText.of("sync.error.unreachable", "SocketTimeoutException: timeout");
        var english = new Texts(Locale.ENGLISH);

        assertThat(english.say(unreachable)).isEqualTo(
                "The server is not answering. Decisions are kept on this desk and sent when it is back.");
        assertThat(english.explain(unreachable)).startsWith(english.say(unreachable))
                .endsWith("SocketTimeoutException: timeout");
        assertThat(new Texts(Locale.KOREAN).say(unreachable)).doesNotContain("Exception");
        assertThat(english.explain("signin.error.REFUSED")).isEqualTo(english.say("signin.error.REFUSED"));
    }
}
