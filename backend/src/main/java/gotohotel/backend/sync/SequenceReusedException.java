package gotohotel.backend.sync;

/**
 * A command under a new command id took a seq this desk already used for another command: nothing of the batch was
 * applied. Answering it with the other command's stored answer (as a repeated command id is) would leave the desk
 * waiting forever for an answer to its own command; two desks running on one copied desk home do exactly this.
 */
class SequenceReusedException extends RuntimeException {

    private final long seq;
    private final long lastSeq;

    SequenceReusedException(long seq, long lastSeq) {
        super("Seq " + seq + " of this desk was already used by another command (this server holds the desk's commands"
                + " up to seq " + lastSeq + "); nothing of this batch was applied. Another computer may be using this"
                + " desk's identity: a copied desk folder.");
        this.seq = seq;
        this.lastSeq = lastSeq;
    }

    long seq() {
        return seq;
    }

    long lastSeq() {
        return lastSeq;
    }
}
