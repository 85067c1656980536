package gotohotel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTests {

    @Test
    void aPairIsTwoConsecutivePortsThatCanBeBound() throws Exception {
        int port = FreePorts.pair();

        try (var first = new ServerSocket(port); var second = new ServerSocket(port + 1)) {
            assertThat(second.getLocalPort()).isEqualTo(first.getLocalPort() + 1);
        }
    }
}
