package gotohotel.desk.service;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a random 16-byte salt per hash and 210,000 iterations (OWASP's figure for this
 * algorithm): slow enough that a stolen desk file does not give the passwords away cheaply.
 */
final class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 210_000;
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();

    record Hash(String algorithm, int iterations, String salt, String hash) {
    }

    Hash hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new Hash(ALGORITHM, ITERATIONS, encode(salt), encode(derive(password, salt, ITERATIONS)));
    }

    boolean matches(String password, String algorithm, int iterations, String salt, String hash) {
        if (!ALGORITHM.equals(algorithm) || iterations < 1) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(hash);
        return MessageDigest.isEqual(expected, derive(password, Base64.getDecoder().decode(salt), iterations));
    }

    /** Loads the key derivation and lets the JIT compile its loop, so the first offline sign-in is not the slow one. */
    void warmUp() {
        derive("warm-up", new byte[16], 30_000);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        char[] chars = password.toCharArray();
        var spec = new PBEKeySpec(chars, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this Java", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
