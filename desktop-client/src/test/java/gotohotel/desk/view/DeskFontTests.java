package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeskFontTests {

    @Test
    void choosesEachDesktopsUsualHangulFont() {
        assertThat(DeskFont.choose(List.of("Arial", "Malgun Gothic", "Segoe UI", "System")).family())
                .isEqualTo("Malgun Gothic");
        assertThat(DeskFont.choose(List.of("Apple SD Gothic Neo", "Helvetica Neue", "System")).family())
                .isEqualTo("Apple SD Gothic Neo");
        assertThat(DeskFont.choose(List.of("DejaVu Sans", "Noto Sans", "Noto Sans CJK JP", "Noto Sans CJK KR")).family())
                .isEqualTo("Noto Sans CJK KR");
        assertThat(DeskFont.choose(List.of("NanumGothic", "DejaVu Sans")).family()).isEqualTo("NanumGothic");
    }

    @Test
    void fallsBackToTheUiFontForLatinWhenNoFontDrawsHangul() {
        var font = DeskFont.choose(List.of("DejaVu Sans", "Noto Sans", "System"));

        assertThat(font.family()).isEqualTo("System");
        assertThat(font.drawsHangul()).isFalse();
        assertThat(DeskFont.choose(List.of("Noto Sans CJK KR")).drawsHangul()).isTrue();
    }

    @Test
    void addsOneRuleNamingTheFamilyAfterTheDeskStylesheet() {
        var font = new DeskFont("Noto Sans CJK KR");

        assertThat(font.stylesheets()).hasSize(2);
        assertThat(font.stylesheets().get(0)).endsWith("gotohotel/desk/view/desk.css");
        String url = font.stylesheets().get(1);
        assertThat(url).startsWith("data:text/css;base64,");
        assertThat(new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8))
                .isEqualTo(".root { -fx-font-family: \"Noto Sans CJK KR\"; }\n");
    }
}
