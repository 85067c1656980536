package gotohotel.backend.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The guest's access token for an order: an HMAC of the order id under the server's secret, so the
 * same token can be handed out again for an idempotent retry without ever storing it, and any context
 * (my page, possibly in another process with the same secret) can check it without asking ordering.
 * The order keeps only its SHA-256. The secret comes from {@code gotohotel.security.token-secret} or,
 * when unset, from a file generated once under {@code $GOTOHOTEL_HOME}.
 */
@Component
public class GuestAccessTokens {

    /** An HMAC-SHA256 key shorter than the hash's output weakens it; a configured secret must be this long. */
    static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;

    GuestAccessTokens(@Value("${gotohotel.security.token-secret:}") String configured,
                 @Value("${gotohotel.home}") Path home) {
        this.secret = configured.isBlank() ? fromFile(home.resolve("token-secret")) : checked(configured);
    }

    private static byte[] checked(String configured) {
        byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("gotohotel.security.token-secret is " + bytes.length
                    + " bytes long; it must be at least " + MIN_SECRET_BYTES
                    + " bytes (for example the output of 'openssl rand -base64 48'), or unset to use a generated one");
        }
        return bytes;
    }

    public String issue(UUID orderId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac("order:" + orderId));
    }

    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(String storedHash, String presentedToken) {
        if (presentedToken == null || presentedToken.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(presentedToken).getBytes(StandardCharsets.US_ASCII));
    }

    /** A keyed digest of a request body, so the idempotency table never holds card data in a guessable form. */
    public String fingerprint(String canonicalRequest) {
        return HexFormat.of().formatHex(hmac("request:" + canonicalRequest));
    }

    /** Whether the presented token is the one issued for the order. */
    public boolean isTokenFor(UUID orderId, String presentedToken) {
        return presentedToken != null && matches(hash(issue(orderId)), presentedToken);
    }

    private byte[] hmac(String message) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                var bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                SecretFiles.createIfAbsent(file, Base64.getEncoder().encodeToString(bytes));
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token secret " + file, e);
        }
    }
}
