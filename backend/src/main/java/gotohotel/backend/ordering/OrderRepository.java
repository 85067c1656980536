package gotohotel.backend.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<Order, UUID> {

    @Query("SELECT o FROM Order o WHERE o.status = :status AND o.createdAt < :before ORDER BY o.createdAt LIMIT 100")
    List<Order> findOldestWithStatus(OrderStatus status, Instant before);
}
