package gotohotel.backend.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageJsonTests {

    @ParameterizedTest(name = "Accept-Encoding ''{0}'' accepts gzip: {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "gzip|true",
            "GZIP|true",
            "br, gzip;q=0.5, deflate|true",
            "gzip ; q=1.0|true",
            "gzip;q=0.001|true",
            "gzip;q=0|false",
            "gzip; q=0.000|false",
            "deflate, identity|false",
            "x-gzip|false",
            "|false",
            "NULL|false"})
    void readsWhetherARequestAcceptsGzip(String acceptEncoding, boolean accepts) {
        assertThat(PageJson.acceptsGzip(acceptEncoding)).isEqualTo(accepts);
    }
}
