package gotohotel.shared.sync;

import java.util.UUID;

/**
 * The identity a server gave a desk: its id (not a secret, shown in histories) and a secret only this desk holds,
 * sent with its commands; the server keeps only the secret's SHA-256.
 */
public record DeskRegistration(UUID deskId, String name, String secret) {

    /** The header that carries the desk's secret with {@code POST /api/sync/commands}. */
    public static final String SECRET_HEADER = "Desk-Secret";

    @Override
    public String toString() {
        return "DeskRegistration[deskId=" + deskId + ", name=" + name + "]";
    }
}
