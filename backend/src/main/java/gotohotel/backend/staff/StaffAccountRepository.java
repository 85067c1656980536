package gotohotel.backend.staff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface StaffAccountRepository extends JpaRepository<StaffAccount, String> {

    List<StaffAccount> findAllByOrderByUsername();

    /** Every enabled manager, locked: two managers disabling each other at once cannot leave none. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT a FROM StaffAccount a WHERE a.enabled = true AND a.role = gotohotel.shared.api.StaffRole.MANAGER "
            + "ORDER BY a.username")
    List<StaffAccount> lockEnabledManagers();
}
