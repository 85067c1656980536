package gotohotel.backend.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which desk a changes request comes from, for the per-desk cap on waiting requests. Reading the feed needs only a
 * staff token (decision 38: the desk's secret guards its commands), and each signed-in desk holds its own token, so
 * the token stands for the desk; only its SHA-256 is kept. This is the one place to key by another identity.
 */
final class DeskKey {

    private DeskKey() {
    }

    /** The key of the desk holding this (non-null) bearer token. */
    static String of(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
