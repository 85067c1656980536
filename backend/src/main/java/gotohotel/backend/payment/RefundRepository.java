package gotohotel.backend.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RefundRepository extends JpaRepository<Refund, UUID> {

    /** Owed refunds whose next attempt is due, the longest waiting first (a failed one moves to the back). */
    List<Refund> findFirst50ByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(RefundStatus status,
                                                                                         Instant now);

    List<Refund> findByOrderId(UUID orderId);

    long countByStatus(RefundStatus status);

    @Query("SELECT MIN(r.createdAt) FROM Refund r WHERE r.status = gotohotel.backend.payment.RefundStatus.PENDING")
    Optional<Instant> oldestPendingSince();

    default List<Refund> due(Instant now) {
        return findFirst50ByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(RefundStatus.PENDING, now);
    }
}
