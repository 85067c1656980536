package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.FakeDesk;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class KoreanDeskViewTests {

    @Test
    void theDeskSpeaksKoreanWhenKoreanIsChosen() throws Exception {
        FxToolkit.registerPrimaryStage();
        var desk = new FakeDesk();
        desk.add("김민지", "DELUXE", LocalDate.now(), 2, "PENDING_CONFIRMATION");
        var model = new DeskViewModel(desk, desk, new SameThreadExecutor(), Clock.systemDefaultZone());
        model.load();
        model.opened("mina", AccessService.Mode.OFFLINE);
        model.reservations().select(model.reservations().allBookings().get(0));
        var root = new AtomicReference<Parent>();
        WaitForAsyncUtils.asyncFx(() -> {
            var view = new DeskView(model, new Texts(Locale.KOREAN), () -> { }, locale -> { }).build();
            new javafx.scene.Scene(view, 1200, 700);
            view.applyCss();
            view.layout();
            root.set(view);
        }).get();

        assertThat(((Button) root.get().lookup("#confirm")).getText()).isEqualTo("확정");
        assertThat(((Button) root.get().lookup("#signOut")).getText()).isEqualTo("로그아웃");
        assertThat(((Label) root.get().lookup("#online")).getText()).isEqualTo("오프라인");
        assertThat(((Label) root.get().lookup("#queued")).getText()).isEqualTo("동기화 대기 0건");
        assertThat(((Label) root.get().lookup("#shown")).getText()).isEqualTo("예약 1건 중 1건");
    }
}
