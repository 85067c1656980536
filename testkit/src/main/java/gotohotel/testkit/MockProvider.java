package gotohotel.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An outside HTTP provider (the payment provider, KakaoTalk) played by a MockWebServer that answers every request
 * with {@code answers}. It listens from construction on, so a {@code static} field can hand its {@link #url()} to
 * a {@code @DynamicPropertySource} before the application starts; registered with {@code @RegisterExtension} it
 * stops after the test class.
 */
public final class MockProvider implements AfterAllCallback {

    private final MockWebServer server = new MockWebServer();

    public MockProvider(Function<RecordedRequest, MockResponse> answers) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answers.apply(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provider's base URL, ending in {@code /}. */
    public String url() {
        return server.url("/").toString();
    }

    /** How many requests reached the provider so far. */
    public int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }
}
