package gotohotel.backend.reservation;

import java.time.LocalDate;
import java.util.Collection;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReservationRepository extends JpaRepository<Reservation, UUID>, JpaSpecificationExecutor<Reservation> {

    /** The staff listing's order; the id makes it total, so a keyset cursor never skips or repeats a row. */
    Sort LISTING_ORDER = Sort.by("checkIn", "createdAt", "id");

    /** The order's reservation, locked until the transaction ends (a concurrent change waits, then sees it). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT r FROM Reservation r WHERE r.orderId = :orderId")
    Optional<Reservation> findByOrderIdForUpdate(UUID orderId);

    /** Order ids of reservations in one of {@code statuses} whose check-in is from {@code first} to {@code day}. */
    @Query("""
            SELECT r.orderId FROM Reservation r WHERE r.status IN :statuses AND r.checkIn >= :first
                AND r.checkIn <= :day
            ORDER BY r.checkIn, r.id""")
    List<UUID> orderIdsCheckingInBetween(Collection<ReservationStatus> statuses, LocalDate first, LocalDate day);

    /** Reservations in {@code status} whose check-out is on or before {@code day}, by check-out. */
    @Query("""
            SELECT r FROM Reservation r WHERE r.status = :status AND r.checkOut <= :day ORDER BY r.checkOut, r.id""")
    List<Reservation> checkingOutBy(ReservationStatus status, LocalDate day);

    @Query("SELECT r FROM Reservation r WHERE r.orderId IN :orderIds")
    List<Reservation> findByOrderIdIn(Collection<UUID> orderIds);

    /**
     * One page of the reservations the query selects, in {@link #LISTING_ORDER}, after its cursor. Only the
     * filters given become SQL predicates, so no parameter is ever bound as an untyped null (PostgreSQL
     * cannot infer the type of {@code ? IS NULL}).
     */
    default List<Reservation> search(ReservationQuery query, int limit) {
        return findBy(query.specification(), q -> q.sortBy(LISTING_ORDER).limit(limit).all());
    }

    /**
     * The reservations, locked until the transaction ends, in id order — so that two transactions locking
     * overlapping sets take the rows in the same order and never deadlock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT r FROM Reservation r WHERE r.id IN :ids ORDER BY r.id")
    List<Reservation> findAllLocked(Collection<UUID> ids);

    /** Changes after a feed position, oldest first (positions are written by {@link ReservationChanges}). */
    @Query("SELECT r FROM Reservation r WHERE r.changePosition > :after ORDER BY r.changePosition")
    List<Reservation> changedAfter(long after, Limit limit);

    /** The same, only stays that end on or after {@code checkOutFrom}: the desk's first full download. */
    @Query("""
            SELECT r FROM Reservation r WHERE r.changePosition > :after AND r.checkOut >= :checkOutFrom
            ORDER BY r.changePosition""")
    List<Reservation> changedAfter(long after, LocalDate checkOutFrom, Limit limit);
}
