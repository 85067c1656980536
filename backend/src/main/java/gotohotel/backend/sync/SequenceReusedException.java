package gotohotel.backend.sync;

import gotohotel.backend.domain.DomainRuleException;

/**
 * A command under a new command id took a seq this desk already used for another command: nothing of the batch was
 * applied. Answering it with the other command's stored answer (as a repeated command id is) would leave the desk
 * waiting forever for an answer to its own command; two desks running on one copied desk home do exactly this.
 */
class SequenceReusedException extends DomainRuleException {

    SequenceReusedException(long seq, long lastSeq) {
        super("sync-sequence-reused", "Sequence number already used", "Seq " + seq + " of this desk was already"
                + " used by another command (this server holds the desk's commands up to seq " + lastSeq + "); nothing of"
                + " this batch was applied. Another computer may be using this desk's identity: a copied desk folder.");
        fact("seq", seq);
        fact("lastSeq", lastSeq);
    }
}
