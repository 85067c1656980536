package gotohotel.backend.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random bearer secrets (staff tokens, desk secrets) and the SHA-256 under which they are kept: a secret is shown
 * once to whoever holds it and never stored in clear. 256 random bits make a salt and a slow hash unnecessary.
 */
public final class RandomSecrets {

    private final SecureRandom random = new SecureRandom();

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    public String next() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The lower-case hex SHA-256 of the secret, as stored. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the secret hashes to the stored hash, in time independent of where they differ. */
    public static boolean matches(String secret, String storedHash) {
        return secret != null && storedHash != null && MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
