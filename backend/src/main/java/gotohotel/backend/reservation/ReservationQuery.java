package gotohotel.backend.reservation;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import org.springframework.data.jpa.domain.Specification;

/**
 * The staff listing's filters, each optional: a status, stays overlapping [from, to), and the cursor of
 * the last row already seen.
 */
record ReservationQuery(ReservationStatus status, LocalDate from, LocalDate to, ReservationCursor after) {

    Specification<Reservation> specification() {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (from != null) {
                predicates.add(cb.greaterThan(root.get("checkOut"), from));
            }
            if (to != null) {
                predicates.add(cb.lessThan(root.get("checkIn"), to));
            }
            if (after != null) {
                var checkIn = root.<LocalDate>get("checkIn");
                var createdAt = root.<java.time.Instant>get("createdAt");
                predicates.add(cb.or(
                        cb.greaterThan(checkIn, after.checkIn()),
                        cb.and(cb.equal(checkIn, after.checkIn()), cb.greaterThan(createdAt, after.createdAt())),
                        cb.and(cb.equal(checkIn, after.checkIn()), cb.equal(createdAt, after.createdAt()),
                                cb.greaterThan(root.get("id"), after.id()))));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
