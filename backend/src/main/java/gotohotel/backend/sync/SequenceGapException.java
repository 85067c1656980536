package gotohotel.backend.sync;

/**
 * The desk's next command is not the one after the last this server applied for it: nothing past that point
 * was applied. {@code unknownClient} when the server has no record of the desk at all (for example a
 * database restored from an older backup); the desk resyncs in full and sends its queue again from
 * {@code lastSeq + 1}.
 */
class SequenceGapException extends RuntimeException {

    private final long lastSeq;
    private final boolean unknownClient;

    SequenceGapException(long expectedSeq, long sentSeq, long lastSeq, boolean unknownClient) {
        super((unknownClient ? "This server has no record of this desk's earlier commands"
                : "This server applied this desk's commands up to seq " + lastSeq)
                + "; expected seq " + expectedSeq + " but got " + sentSeq
                + ". Download everything again and resend the queued commands numbered from " + expectedSeq + ".");
        this.lastSeq = lastSeq;
        this.unknownClient = unknownClient;
    }

    long lastSeq() {
        return lastSeq;
    }

    boolean unknownClient() {
        return unknownClient;
    }
}
