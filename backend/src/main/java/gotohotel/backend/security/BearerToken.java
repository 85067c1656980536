package gotohotel.backend.security;

/** Reads the token out of an {@code Authorization: Bearer <token>} header. */
public final class BearerToken {

    private BearerToken() {
    }

    /** The token, or null when the header is missing or not a bearer credential. */
    public static String from(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorizationHeader.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
