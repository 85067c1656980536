package gotohotel.backend.events;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a transient failure (retry until it succeeds) from a poison record (dead-letter at once). */
public final class Failures {

    /** SQLSTATE classes of failures that pass: connection, rollback (deadlock, serialization), resources, operator. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57");
    /** Lock not available (PostgreSQL), lock or statement timeout (H2). */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("55P03", "HYT00");

    private Failures() {
    }

    /** True when the failure, or any of its causes, is one that goes away by itself. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientFailure
                    || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof RetriableException
                    || t instanceof ConnectException
                    || t instanceof SocketTimeoutException
                    || t instanceof io.github.resilience4j.circuitbreaker.CallNotPermittedException
                    || t instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientState(String sqlState) {
        return sqlState != null && sqlState.length() >= 2
                && (TRANSIENT_SQL_STATE_CLASSES.contains(sqlState.substring(0, 2)) || TRANSIENT_SQL_STATES.contains(sqlState));
    }
}
