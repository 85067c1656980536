package gotohotel.shared.sync;

import java.util.List;

/** The answers in {@code seq} order and the highest seq of the client the server has applied. */
public record CommandBatchResult(List<CommandResult> results, long lastSeq) {
}
