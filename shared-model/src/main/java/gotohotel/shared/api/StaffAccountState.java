package gotohotel.shared.api;

import java.time.Instant;

/**
 * What a desk needs to keep its offline sign-in safe: whether the account may still sign in and when its password
 * was last set. A desk forgets the kept hash of a disabled account or of a password set after it kept it.
 */
public record StaffAccountState(String username, boolean enabled, Instant passwordChangedAt) {
}
