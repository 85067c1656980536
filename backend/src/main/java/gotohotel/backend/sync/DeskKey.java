package gotohotel.backend.sync;

import gotohotel.backend.security.BearerToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which desk a changes request comes from, for the per-desk cap on waiting requests. Until desks are
 * registered, each signed-in desk holds its own staff token, so the token stands for the desk; only its
 * SHA-256 is kept. This is the one place to switch to a registered desk id.
 */
final class DeskKey {

    private DeskKey() {
    }

    static String of(String authorizationHeader) {
        String token = BearerToken.from(authorizationHeader);
        if (token == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
