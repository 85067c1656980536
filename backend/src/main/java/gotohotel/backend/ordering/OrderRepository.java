package gotohotel.backend.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<Order, UUID> {

    List<Order> findTop100ByStatusAndCreatedAtBeforeOrderByCreatedAt(OrderStatus status, Instant before);
}
