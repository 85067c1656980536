package gotohotel.backend.mypage;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MyPageRepository extends JpaRepository<MyPage, UUID> {
}
