package gotohotel.backend.reservation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface ReservationRepository extends JpaRepository<Reservation, UUID> {

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

    /** The reservation, locked until the transaction ends: a desk's decision waits for a concurrent change. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT r FROM Reservation r WHERE r.id = :id")
    Optional<Reservation> findLocked(UUID id);

    /** Changes after a feed position, oldest first (positions are written by {@link ReservationChanges}). */
    @Query("SELECT r FROM Reservation r WHERE r.changePosition > :after ORDER BY r.changePosition")
    List<Reservation> changedAfter(long after, Limit limit);

    /** The same, only stays that end on or after {@code checkOutFrom}: the desk's first full download. */
    @Query("""
            SELECT r FROM Reservation r WHERE r.changePosition > :after AND r.checkOut >= :checkOutFrom
            ORDER BY r.changePosition""")
    List<Reservation> changedAfter(long after, LocalDate checkOutFrom, Limit limit);
}
