package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.DayGuest;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.DeskServices;
import gotohotel.desk.service.DeskSetup;
import gotohotel.desk.service.ReportRefusedException;
import gotohotel.testkit.WholeProduct;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day's lists and the managers' report over real HTTP against the real backend: a paid booking reaches the
 * arrivals of its day through the changes feed; the report is the server's, for managers only, and a range it refuses
 * comes back as the server's sentence.
 */
@WholeProduct
@ExtendWith(Backend.Extension.class)
class DeskDayListsEndToEndTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static Backend backend;

    @TempDir
    Path home;

    private final ExecutorService syncThreads = Executors.newCachedThreadPool();
    private final ScheduledExecutorService work = Executors.newSingleThreadScheduledExecutor();
    private DeskServices services;

    @BeforeAll
    static void backend(Backend running) {
        backend = running;
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
        syncThreads.shutdownNow();
        work.shutdownNow();
    }

    @Test
    void aPaidBookingArrivesInTheListsOfItsDayAndInTheManagersReport() {
        var order = backend.guests().book();
        services = DeskServices.open(new DeskSetup(home, Clock.systemUTC(), Duration.ofSeconds(1)), syncThreads, work);
        assertThat(services.access().signIn(backend.baseUrl(), "admin", backend.adminPassword()))
                .isEqualTo(AccessService.Mode.ONLINE);
        await("the desk holds the paid order's reservation").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> services.bookings().bookings().stream().anyMatch(b -> b.orderId().equals(order.orderId())));
        DeskBooking booking = services.bookings().bookings().stream()
                .filter(b -> b.orderId().equals(order.orderId())).findFirst().orElseThrow();

        var lists = services.dayLists().lists(booking.checkIn());
        var report = services.dayLists().occupancy(booking.checkIn(), booking.checkOut().minusDays(1));

        assertThat(lists.arrivals()).extracting(DayGuest::bookingId).contains(booking.id());
        assertThat(services.dayLists().lists(booking.checkOut()).departures()).extracting(DayGuest::bookingId)
                .contains(booking.id());
        assertThat(lists.inHouse()).extracting(DayGuest::bookingId).doesNotContain(booking.id());   // not arrived
        assertThat(report.nights()).hasSize(1);
        var night = report.nights().get(0);
        assertThat(night.night()).isEqualTo(booking.checkIn());
        assertThat(night.roomsSold()).isPositive();
        assertThat(night.roomRevenue()).isGreaterThanOrEqualTo(booking.amount());
        assertThat(report.currency()).isEqualTo(booking.currency());

        assertThatThrownBy(() -> services.dayLists().occupancy(booking.checkIn(), booking.checkIn().plusDays(400)))
                .isInstanceOfSatisfying(ReportRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ReportRefusedException.Reason.INVALID);
                    assertThat(refused.getMessage()).contains("366 nights");
                });

        String receptionist = backend.staff().ensure("lists-reception", "Receptionist Oh", "RECEPTIONIST");
        services.access().signOut();
        assertThat(services.access().signIn(backend.baseUrl(), receptionist, StaffAccounts.PASSWORD))
                .isEqualTo(AccessService.Mode.ONLINE);
        assertThat(services.dayLists().lists(booking.checkIn()).arrivals()).extracting(DayGuest::bookingId)
                .contains(booking.id());
        assertThatThrownBy(() -> services.dayLists().occupancy(booking.checkIn(), booking.checkIn()))
                .isInstanceOfSatisfying(ReportRefusedException.class, refused ->
                        assertThat(refused.reason()).isEqualTo(ReportRefusedException.Reason.MANAGERS_ONLY));
    }
}
