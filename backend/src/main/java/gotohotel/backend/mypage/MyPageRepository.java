package gotohotel.backend.mypage;

import org.springframework.data.jpa.repository.JpaRepository;

interface MyPageRepository extends JpaRepository<MyPage, MyPage.Key> {
}
