package gotohotel.desk.viewmodel;

/** Where the history on show comes from. */
public enum HistoryShown {
    /** No booking selected. */
    NOTHING,
    /** A booking was just selected: its history is asked for (the pane says so, showing no other booking's lines). */
    LOADING,
    /** The server's audit trail (with this desk's waiting decisions). */
    SERVER,
    /** The server did not answer in time: what this desk knows (its last download and its waiting decisions). */
    THIS_DESK
}
