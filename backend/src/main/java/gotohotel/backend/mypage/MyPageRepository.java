package gotohotel.backend.mypage;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MyPageRepository extends JpaRepository<MyPage, MyPage.Key> {

    /**
     * The generation's pages of these orders in one query ({@code findAllById} loads a composite id one row
     * at a time; the pages' histories and messages then come in batches of {@code default_batch_fetch_size}).
     */
    @Query("SELECT p FROM MyPage p WHERE p.key.generation = :generation AND p.key.orderId IN :orderIds")
    List<MyPage> findAllOf(long generation, Collection<UUID> orderIds);
}
