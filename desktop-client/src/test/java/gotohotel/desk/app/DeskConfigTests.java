package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeskConfigTests {

    @Test
    void offersTheAddressTheInstallerPresetWhenThisStartSetsNone() {
        var config = DeskConfig.from(Map.of(), Map.of(DeskConfig.DEFAULT_SERVER_PROPERTY, " https://pms.hotel.example "));

        assertThat(config.serverUrl()).isNull();
        assertThat(config.defaultServer()).isEqualTo("https://pms.hotel.example");
    }

    @Test
    void theAddressSetForThisStartWinsAndTheLocalServerIsTheLastResort() {
        var config = DeskConfig.from(Map.of(DeskConfig.SERVER_VARIABLE, "http://10.0.0.5:8088"),
                Map.of(DeskConfig.DEFAULT_SERVER_PROPERTY, ""));

        assertThat(config.serverUrl()).isEqualTo("http://10.0.0.5:8088");
        assertThat(config.defaultServer()).isEqualTo(DeskConfig.DEFAULT_SERVER);
    }
}
