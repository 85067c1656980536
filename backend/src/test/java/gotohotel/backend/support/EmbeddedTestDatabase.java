package gotohotel.backend.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tests run on PostgreSQL, the one database engine of GotoHotel: unless the environment names a database
 * ({@code SPRING_DATASOURCE_URL}, as the CI run on the system PostgreSQL does), one embedded PostgreSQL server
 * starts for the test JVM and every application context gets a database of its own.
 */
public class EmbeddedTestDatabase implements EnvironmentPostProcessor, Ordered {

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getenv("SPRING_DATASOURCE_URL") != null) {
            return;
        }
        String name = "gotohotel_test_" + databases.incrementAndGet();
        var postgres = server();
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedTestDatabase", Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", name),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
            }
        }
        return server;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
