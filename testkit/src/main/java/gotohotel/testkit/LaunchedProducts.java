package gotohotel.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The products a test launches, every one killed after the test, failed or not, so that no PostgreSQL, broker
 * or backend outlives it. Register on an instance field with {@code @RegisterExtension}.
 */
public final class LaunchedProducts implements AfterEachCallback {

    private final List<ProductLauncher> launchers = new CopyOnWriteArrayList<>();

    /** A launcher on {@code home} that passes {@code arguments} to the backend; not started yet. */
    public ProductLauncher launcher(Path home, List<String> arguments) {
        var launcher = new ProductLauncher(home, arguments);
        launchers.add(launcher);
        return launcher;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        launchers.forEach(ProductLauncher::destroyQuietly);
        launchers.clear();
    }
}
