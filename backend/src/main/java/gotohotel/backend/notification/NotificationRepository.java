package gotohotel.backend.notification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    /** Which of these notifications are recorded already: one query for a whole poll. */
    @Query("select n.id from Notification n where n.id in :ids")
    List<UUID> findExistingIds(@Param("ids") Collection<UUID> ids);
}
