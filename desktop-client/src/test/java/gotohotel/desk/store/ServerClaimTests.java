package gotohotel.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.ReservationSnapshot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which server the store belongs to (decision 28), on a real SQLite file. */
class ServerClaimTests {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String A = UUID.randomUUID().toString();
    private static final String B = UUID.randomUUID().toString();

    @TempDir
    Path directory;

    private DeskStore store;

    @BeforeEach
    void open() {
        store = DeskStore.open(directory.resolve("desk.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStoreWithoutAnIdentityBelongsToTheFirstServerItSeesAndKeepsItsQueue() {
        var reservation = cachedReservation();
        store.decide(reservation, CommandType.CONFIRM, "mina", null, NOW);
        var before = store.position();

        var claim = store.claimFor(A, "http://a:8088", Optional.empty());

        assertThat(claim.admitted()).isTrue();
        assertThat(claim.adopted()).isTrue();
        assertThat(store.setting("server-id")).contains(A);
        assertThat(store.position()).isEqualTo(before);
        assertThat(store.queuedCount()).isEqualTo(1);
    }

    @Test
    void theSameServerAtAnotherAddressIsAdmittedAndItsNewAddressRemembered() {
        store.claimFor(A, "http://a:8088", Optional.empty());
        cachedReservation();

        var claim = store.claimFor(A, "http://a-moved:8088", Optional.empty());

        assertThat(claim.admitted()).isTrue();
        assertThat(claim.adopted()).isFalse();
        assertThat(store.setting("server-id-address")).contains("http://a-moved:8088");
    }

    @Test
    void anotherServerIsRefusedWhileTheStoreHoldsTheFirstOnesReservationsOrDecisions() {
        store.claimFor(A, "http://a:8088", Optional.empty());
        var reservation = cachedReservation();
        store.decide(reservation, CommandType.CONFIRM, "mina", null, NOW);
        var before = store.position();

        var claim = store.claimFor(B, "http://b:8088", Optional.empty());

        assertThat(claim.admitted()).isFalse();
        assertThat(claim.otherAddress()).contains("http://a:8088");
        assertThat(claim.queued()).isEqualTo(1);
        assertThat(claim.reservations()).isEqualTo(1);
        assertThat(store.setting("server-id")).contains(A);
        assertThat(store.setting("server-id-address")).contains("http://a:8088");
        assertThat(store.position()).isEqualTo(before);
        assertThat(store.queuedCount()).isEqualTo(1);
    }

    @Test
    void anEmptyStoreOfAnotherServerAdoptsTheNewOneAsANewDeskFromTheStartOfItsFeed() {
        store.claimFor(A, "http://a:8088", Optional.empty());
        store.applyDownload(null, new ChangesPage(List.of(), "42", true), NOW);
        var before = store.position();

        var claim = store.claimFor(B, "http://b:8088", Optional.empty());

        assertThat(claim.admitted()).isTrue();
        assertThat(claim.adopted()).isTrue();
        assertThat(store.setting("server-id")).contains(B);
        assertThat(store.position().clientId()).isNotEqualTo(before.clientId());
        assertThat(store.position().cursor()).isNull();
        assertThat(store.position().nextSeq()).isEqualTo(1);
    }

    @Test
    void aStoreWithoutAnIdentityThatHoldsDataStaysWithTheAddressItLastSignedInTo() {
        var reservation = cachedReservation();
        store.decide(reservation, CommandType.CONFIRM, "mina", null, NOW);

        var elsewhere = store.claimFor(B, "http://b:8088", Optional.of("http://a:8088/"));
        assertThat(elsewhere.admitted()).isFalse();
        assertThat(elsewhere.otherAddress()).contains("http://a:8088/");
        assertThat(store.setting("server-id")).isEmpty();

        var home = store.claimFor(A, "HTTP://A:8088", Optional.of("http://a:8088/"));
        assertThat(home.admitted()).isTrue();
        assertThat(store.setting("server-id")).contains(A);
    }

    @Test
    void aServerTooOldToNameItselfIsTrustedOnlyAtTheStoresOwnAddress() {
        store.claimFor(A, "http://a:8088", Optional.empty());
        var reservation = cachedReservation();
        store.decide(reservation, CommandType.CONFIRM, "mina", null, NOW);

        assertThat(store.claimFor(null, "http://c:8088", Optional.of("http://a:8088")).admitted()).isFalse();
        assertThat(store.claimFor(null, "http://a:8088", Optional.of("http://a:8088")).admitted()).isTrue();
        assertThat(store.setting("server-id")).contains(A);
        assertThat(store.queuedCount()).isEqualTo(1);
    }

    @Test
    void adoptingAnEmptyStoreForgetsTheOtherServersStaffPasswords() {
        store.claimFor(A, "http://a:8088", Optional.empty());
        store.remember(new StaffCredential("admin", "PBKDF2WithHmacSHA256", 1, "c2FsdA==", "aGFzaA==", NOW, null));

        assertThat(store.claimFor(B, "http://b:8088", Optional.of("http://a:8088")).adopted()).isTrue();

        assertThat(store.credential("admin")).isEmpty();
    }

    private UUID cachedReservation() {
        var id = UUID.randomUUID();
        store.applyDownload(store.position().cursor(), new ChangesPage(List.of(new ReservationSnapshot(id,
                UUID.randomUUID(), "PENDING_CONFIRMATION", 1, "Alice Kim", null, "STANDARD", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 2), 1, new BigDecimal("120000"), "KRW", NOW, "guest")), "s1", false), NOW);
        return id;
    }
}
