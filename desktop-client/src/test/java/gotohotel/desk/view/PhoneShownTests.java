package gotohotel.desk.view;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.FakeDesk;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The phone as the server stored it, shown in the table and the details pane as a Korean receptionist writes it. */
class PhoneShownTests {

    @Test
    void tableAndDetailsShowTheStoredNumberWithKoreanDashes() throws Exception {
        FxToolkit.registerPrimaryStage();
        var desk = new FakeDesk();
        var booking = new DeskBooking(UUID.randomUUID(), UUID.randomUUID(), "김민지", "+82 10 1234 5678", "DELUXE",
                LocalDate.now(), LocalDate.now().plusDays(2), 2, "PENDING_CONFIRMATION", new BigDecimal("240000"),
                "KRW", false, "guest", Instant.parse("2026-11-20T09:00:00Z"));
        desk.bookings.put(booking.id(), booking);
        var model = new DeskViewModel(desk, desk, new SameThreadExecutor(), Clock.systemDefaultZone());
        model.load();
        model.opened("mina", AccessService.Mode.OFFLINE);
        model.reservations().select(model.reservations().allBookings().get(0));

        var texts = WaitForAsyncUtils.asyncFx(() -> {
            Parent root = new DeskView(model, new Texts(Locale.KOREAN), () -> { }, locale -> { }).build();
            new Scene(root, 1360, 820);
            for (int pulse = 0; pulse < 2; pulse++) {
                root.applyCss();
                root.layout();
            }
            return new Shown(cellTexts(root.lookup("#bookings")), cellTexts(root.lookup(".facts")));
        }).get();

        assertThat(texts.table()).contains("010-1234-5678").doesNotContain("+82 10 1234 5678");
        assertThat(texts.details()).contains("010-1234-5678");
        assertThat(model.reservations().allBookings().get(0).booking().phone()).isEqualTo("+82 10 1234 5678");
    }

    private static String cellTexts(Node node) {
        var texts = new StringBuilder();
        if (node instanceof TableCell<?, ?> || node instanceof Labeled) {
            texts.append(((Labeled) node).getText()).append('\n');
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.append(cellTexts(child)));
        }
        return texts.toString();
    }

    private record Shown(String table, String details) {
    }
}
