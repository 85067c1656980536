package gotohotel.backend.sync;

import gotohotel.backend.domain.DomainRuleException;

/**
 * The desk's next command is not the one after the last this server applied for it (for example a database
 * restored from an older backup): nothing past that point was applied. The desk resyncs in full and sends its
 * queue again from {@code lastSeq + 1}.
 */
class SequenceGapException extends DomainRuleException {

    SequenceGapException(long expectedSeq, long sentSeq, long lastSeq) {
        super("sync-sequence-gap", "Commands out of sequence", "This server applied this desk's commands up to seq "
                + lastSeq + "; expected seq " + expectedSeq + " but got " + sentSeq + ". Download everything again and"
                + " resend the queued commands numbered from " + expectedSeq + ".");
        fact("lastSeq", lastSeq);
    }
}
