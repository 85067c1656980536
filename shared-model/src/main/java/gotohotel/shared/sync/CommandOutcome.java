package gotohotel.shared.sync;

/**
 * The server's answer to one command. Only APPLIED changed something now; DUPLICATE repeats an earlier
 * answer; CONFLICT (the reservation moved on, e.g. the guest cancelled) and REJECTED (the command itself
 * is not acceptable) are permanent: the desk rolls its optimistic change back and shows the message.
 */
public enum CommandOutcome {
    APPLIED, DUPLICATE, CONFLICT, REJECTED
}
