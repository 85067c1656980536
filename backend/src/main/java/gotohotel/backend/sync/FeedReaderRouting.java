package gotohotel.backend.sync;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Gives the application's DataSource a second source of connections: on the {@link FeedReaderThread} a
 * connection comes from the {@link FeedPool}, everywhere else from the application's pool as before. So the
 * feed's reads go through the same repositories and transactions as any other, without a guest's connection.
 */
@Component
class FeedReaderRouting implements BeanPostProcessor {

    private final ObjectProvider<FeedPool> feedPool;

    FeedReaderRouting(ObjectProvider<FeedPool> feedPool) {
        this.feedPool = feedPool;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return "dataSource".equals(name) && bean instanceof DataSource dataSource ? new Routing(dataSource, feedPool)
                : bean;
    }

    private static final class Routing extends DelegatingDataSource {

        private final ObjectProvider<FeedPool> feedPool;

        Routing(DataSource applicationPool, ObjectProvider<FeedPool> feedPool) {
            super(applicationPool);
            this.feedPool = feedPool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return FeedReaderThread.current() ? feedPool.getObject().connection() : super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return FeedReaderThread.current() ? feedPool.getObject().connection()
                    : super.getConnection(username, password);
        }
    }
}
