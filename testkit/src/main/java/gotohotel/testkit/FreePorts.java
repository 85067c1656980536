package gotohotel.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Ports that were free on every address a moment ago: the operating system's choice, asked for by binding port 0.
 * Another process may take one before the test binds it; the tests live with that small chance.
 */
public final class FreePorts {

    private FreePorts() {
    }

    public static int one() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free port whose next port is free too: the Kafka broker takes both (clients, controller). */
    public static int pair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = one();
            if (port < 65535) {
                try (var next = new ServerSocket(port + 1)) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new UncheckedIOException(new IOException("no two consecutive free ports"));
    }
}
