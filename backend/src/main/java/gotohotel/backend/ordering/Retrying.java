package gotohotel.backend.ordering;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A transaction of ordering tried again when a row it wrote (the order, the payment) was changed meanwhile by a
 * writer that does not take the reservation's lock first: the order following its reservation from a Kafka event, a
 * refund completing after its commit; or when PostgreSQL ended it as a deadlock's victim. Nothing of a failed attempt is kept — a refund owed rolls back with it — so the
 * next attempt decides again on what is committed now.
 */
final class Retrying {

    static final int ATTEMPTS = 3;

    private Retrying() {
    }

    static <T> T onConcurrentChange(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (OptimisticLockingFailureException | PessimisticLockingFailureException changedMeanwhile) {
                // the second: PostgreSQL chose this transaction as a deadlock's victim (two changes crossing each
                // other's room types); it rolled back whole, so it is tried again like a conflict
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }
}
