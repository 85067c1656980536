package gotohotel.backend.reservation;

import java.time.LocalDate;
import java.util.Collection;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReservationRepository extends JpaRepository<Reservation, UUID> {

    /** The order's reservation, locked until the transaction ends (a concurrent change waits, then sees it). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT r FROM Reservation r WHERE r.orderId = :orderId")
    Optional<Reservation> findByOrderIdForUpdate(UUID orderId);

    @Query("SELECT r FROM Reservation r WHERE r.orderId IN :orderIds")
    List<Reservation> findByOrderIdIn(Collection<UUID> orderIds);

    /** Reservations whose stay overlaps [from, to), optionally of one status. */
    @Query("""
            SELECT r FROM Reservation r
            WHERE (:status IS NULL OR r.status = :status)
              AND (:from IS NULL OR r.checkOut > :from)
              AND (:to IS NULL OR r.checkIn < :to)
            ORDER BY r.checkIn, r.createdAt""")
    List<Reservation> search(ReservationStatus status, LocalDate from, LocalDate to);
}
