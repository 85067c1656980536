package gotohotel.backend.staff;

import gotohotel.shared.api.StaffRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import gotohotel.backend.domain.NotAuthenticatedException;
import gotohotel.backend.domain.RefusalException;
import gotohotel.backend.domain.ThrottledException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Password guessing is refused with 429 before bcrypt runs, per username and per client address. */
class StaffLoginThrottlingTests {

    private static final String ADDRESS = "203.0.113.7";

    private final MovableClock clock = new MovableClock();
    private final CountingEncoder passwords = new CountingEncoder();
    private final StaffAccountRepository accounts = mock(StaffAccountRepository.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private LoginThrottle throttle;
    private StaffAuthentication authentication;

    @BeforeEach
    void setUp() {
        use(new LoginThrottleProperties(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15),
                Duration.ofMinutes(15), 1000));
    }

    private void use(LoginThrottleProperties properties) {
        var account = new StaffAccount("desk", passwords.encode("right-password"), "Front desk",
                StaffRole.RECEPTIONIST, clock.instant());
        when(accounts.findById(anyString())).thenReturn(Optional.empty());
        when(accounts.findById("desk")).thenReturn(Optional.of(account));
        var tokens = mock(StaffTokens.class);
        when(tokens.issue(anyString(), any())).thenReturn("token");
        throttle = new LoginThrottle(properties, clock, meters);
        authentication = new StaffAuthentication(accounts, tokens, throttle, passwords,
                new StaffProperties(Duration.ofHours(12), ""), clock, mock(ServerIdentity.class));
        passwords.checks.set(0);
    }

    @Test
    void afterFiveWrongPasswordsTheUsernameIsRefusedWith429WithoutRunningBcrypt() {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("desk", "wrong", ADDRESS)).isInstanceOf(NotAuthenticatedException.class);
        }

        for (int i = 0; i < 100; i++) {
            var refused = attempt("desk", "right-password", ADDRESS);
            assertThat(refused).isInstanceOf(ThrottledException.class);
            assertThat(refused.retryAfter()).contains(Duration.ofSeconds(30));
        }
        assertThat(passwords.checks).hasValue(5);
        assertThat(meters.counter("gotohotel.staff.login.throttled").count()).isEqualTo(100);
    }

    @Test
    void eachFailureAfterALockoutDoublesIt() {
        for (int i = 0; i < 5; i++) {
            attempt("desk", "wrong", ADDRESS);
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(attempt("desk", "wrong", ADDRESS)).isInstanceOf(NotAuthenticatedException.class);

        assertThat(attempt("desk", "wrong", ADDRESS).retryAfter()).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(59));
        assertThat(attempt("desk", "wrong", ADDRESS).retryAfter()).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(authentication.login("desk", "right-password", ADDRESS).token()).isEqualTo("token");
    }

    @Test
    void aSuccessfulLoginClearsTheUsernamesFailures() {
        for (int i = 0; i < 4; i++) {
            attempt("desk", "wrong", ADDRESS);
        }
        authentication.login("desk", "right-password", ADDRESS);

        for (int i = 0; i < 4; i++) {
            assertThat(attempt("desk", "wrong", ADDRESS)).isInstanceOf(NotAuthenticatedException.class);
        }
    }

    @Test
    void oneAddressGuessingManyUsernamesIsRefusedAfterTwentyFailuresWhileOthersGetIn() {
        for (int i = 0; i < 20; i++) {
            assertThat(attempt("user" + i, "wrong", ADDRESS)).isInstanceOf(NotAuthenticatedException.class);
        }

        assertThat(attempt("desk", "right-password", ADDRESS)).isInstanceOf(ThrottledException.class);
        assertThat(authentication.login("desk", "right-password", "198.51.100.1").token()).isEqualTo("token");
        assertThat(passwords.checks).hasValue(21);
    }

    @Test
    void successfulLoginsNeverUseUpTheAddressesAllowance() {
        for (int i = 0; i < 50; i++) {
            authentication.login("desk", "right-password", ADDRESS);
        }

        for (int i = 0; i < 4; i++) {
            assertThat(attempt("desk", "wrong", ADDRESS)).isInstanceOf(NotAuthenticatedException.class);
        }
    }

    @Test
    void failuresAreForgottenAfterTheWindow() {
        for (int i = 0; i < 4; i++) {
            attempt("desk", "wrong", ADDRESS);
        }
        clock.advance(Duration.ofMinutes(15));

        for (int i = 0; i < 4; i++) {
            assertThat(attempt("desk", "wrong", ADDRESS)).isInstanceOf(NotAuthenticatedException.class);
        }
        throttle.forgetExpired();
        clock.advance(Duration.ofMinutes(15));
        throttle.forgetExpired();
        assertThat(throttle.remembered()).isZero();
    }

    @Test
    void rememberedUsernamesAndAddressesAreCapped() {
        use(new LoginThrottleProperties(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15),
                Duration.ofMinutes(15), 100));

        for (int i = 0; i < 10_000; i++) {
            attempt("user" + i, null, "10.0." + (i / 256) + "." + (i % 256));
        }

        assertThat(throttle.remembered()).isEqualTo(200);
    }

    @Test
    void aConcurrentBurstRunsBcryptNoMoreThanTheAllowance() throws Exception {
        var pool = Executors.newFixedThreadPool(16);
        try {
            var attempts = new ArrayList<Callable<Class<?>>>();
            for (int i = 0; i < 200; i++) {
                attempts.add(() -> attempt("desk", "wrong", ADDRESS).getClass());
            }
            var kinds = new ArrayList<Class<?>>();
            for (var result : pool.invokeAll(attempts)) {
                kinds.add(result.get());
            }

            assertThat(kinds).filteredOn(NotAuthenticatedException.class::equals).hasSize(5);
            assertThat(kinds).filteredOn(ThrottledException.class::equals).hasSize(195);
            assertThat(passwords.checks).hasValue(5);
        } finally {
            pool.shutdownNow();
        }
    }

    private RefusalException attempt(String username, String password, String address) {
        return catchThrowableOfType(RefusalException.class, () -> authentication.login(username, password, address));
    }

    /** bcrypt at the lowest cost, counting how often a password is checked. */
    private static final class CountingEncoder extends BCryptPasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        CountingEncoder() {
            super(4);
        }

        @Override
        protected boolean matchesNonNull(String raw, String encoded) {
            checks.incrementAndGet();
            return super.matchesNonNull(raw, encoded);
        }
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-05-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
