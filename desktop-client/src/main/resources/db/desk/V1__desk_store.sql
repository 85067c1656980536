-- The desk's local store: the reservation cache, the queue of decisions not yet answered by the server,
-- where the sync stands, and the conflicts for the staff to read. No password and no token is kept here.

-- status/version/...: the server's snapshot as last downloaded; local_status: that snapshot with the
-- queued commands of the reservation re-applied on top (what the desk shows).
CREATE TABLE reservation (
    reservation_id  TEXT PRIMARY KEY,
    order_id        TEXT,
    status          TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    guest_name      TEXT,
    phone           TEXT,
    room_type       TEXT,
    check_in        TEXT,
    check_out       TEXT,
    guest_count     INTEGER,
    amount          TEXT,
    currency        TEXT,
    updated_at      TEXT,
    last_changed_by TEXT,
    local_status    TEXT    NOT NULL
);
CREATE INDEX reservation_check_in ON reservation (check_in);

-- position keeps the queue order; seq is the number the server sees (renumbered after a server restore).
CREATE TABLE pending_command (
    position         INTEGER PRIMARY KEY AUTOINCREMENT,
    command_id       TEXT    NOT NULL UNIQUE,
    seq              INTEGER NOT NULL UNIQUE,
    type             TEXT    NOT NULL,
    reservation_id   TEXT    NOT NULL,
    expected_version INTEGER,
    issued_at        TEXT    NOT NULL,
    staff            TEXT    NOT NULL,
    reason           TEXT
);
CREATE INDEX pending_command_reservation ON pending_command (reservation_id);

-- One row. cursor NULL: the next download is a full one; full_resync: the server's snapshots win
-- whatever their version until that download completes (after the server lost this desk's history).
CREATE TABLE sync_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    client_id      TEXT    NOT NULL,
    cursor         TEXT,
    last_acked_seq INTEGER NOT NULL,
    next_seq       INTEGER NOT NULL,
    last_sync_at   TEXT,
    full_resync    INTEGER NOT NULL
);

CREATE TABLE conflict (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    command_id     TEXT    NOT NULL,
    reservation_id TEXT    NOT NULL,
    type           TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    guest_name     TEXT,
    message        TEXT    NOT NULL,
    occurred_at    TEXT    NOT NULL,
    dismissed      INTEGER NOT NULL DEFAULT 0
);
