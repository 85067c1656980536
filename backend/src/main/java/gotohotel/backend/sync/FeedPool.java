package gotohotel.backend.sync;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * The changes feed's own small connection pool (pool name {@code sync-feed}, in the metrics too): the commit
 * listener's connection and the reader's. Waiting desks never take a connection guests' orders need.
 */
@Component
class FeedPool implements DisposableBean {

    static final String NAME = "sync-feed";

    private final HikariDataSource pool = new HikariDataSource();

    FeedPool(DataSourceProperties database, SyncProperties properties, MeterRegistry meters) {
        pool.setPoolName(NAME);
        pool.setJdbcUrl(database.determineUrl());
        pool.setUsername(database.determineUsername());
        pool.setPassword(database.determinePassword());
        pool.setMaximumPoolSize(Math.max(2, properties.feedConnections()));
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(5000);
        pool.addDataSourceProperty("ApplicationName", "gotohotel " + NAME);
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
