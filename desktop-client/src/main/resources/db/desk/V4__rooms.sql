-- Rooms on the desk (issue 19, decision 47): the hotel's numbered rooms as the changes feed carries them, the rooms
-- each stay holds, and room commands in the one queue with the decisions.

-- housekeeping/version/...: the server's snapshot as last downloaded (newer version wins, by room_id);
-- local_housekeeping: that with the desk's queued SET_HOUSEKEEPING commands on top (what the desk shows).
CREATE TABLE room (
    room_id            TEXT    PRIMARY KEY,
    number             TEXT    NOT NULL,
    room_type          TEXT    NOT NULL,
    housekeeping       TEXT    NOT NULL,
    out_of_service     INTEGER NOT NULL,
    version            INTEGER NOT NULL,
    updated_at         TEXT,
    last_changed_by    TEXT,
    local_housekeeping TEXT    NOT NULL
);
CREATE INDEX room_by_number ON room (number);

-- The nights from_night (inclusive) to until_night (exclusive) a room is off sale.
CREATE TABLE room_out_of_order (
    room_id     TEXT    NOT NULL REFERENCES room (room_id) ON DELETE CASCADE,
    id          INTEGER NOT NULL,
    from_night  TEXT    NOT NULL,
    until_night TEXT    NOT NULL,
    reason      TEXT,
    PRIMARY KEY (room_id, id)
);

-- The server's assigned rooms of a reservation, as it sent them ("number|from|until" joined by ";"), the base the
-- desk's queued room commands are re-applied on (like status and local_status).
ALTER TABLE reservation ADD COLUMN rooms TEXT;
-- The rack's window (stays that end after its first night and start before its last) is read from this index alone
-- until a row matches: with 100,000 reservations about half end after today.
CREATE INDEX reservation_window ON reservation (check_out, check_in, local_status);

-- The rooms each stay holds as the desk shows them: the server's with the queued ASSIGN_ROOM and MOVE_ROOM on top
-- (waiting = 1: from a command not answered yet). The rack reads the 14-night window from here in one query.
CREATE TABLE stay_room (
    reservation_id TEXT    NOT NULL,
    number         TEXT    NOT NULL,
    from_night     TEXT    NOT NULL,
    until_night    TEXT    NOT NULL,
    waiting        INTEGER NOT NULL,
    PRIMARY KEY (reservation_id, from_night)
);
CREATE INDEX stay_room_by_number ON stay_room (number, from_night);

-- Room commands join the queue: SET_HOUSEKEEPING names no reservation; room is the room's number; from_night is
-- where a MOVE_ROOM starts on this desk (kept here only, never sent: the server moves from its own tonight).
CREATE TABLE pending_command_v4 (
    position         INTEGER PRIMARY KEY AUTOINCREMENT,
    command_id       TEXT    NOT NULL UNIQUE,
    seq              INTEGER NOT NULL UNIQUE,
    type             TEXT    NOT NULL,
    reservation_id   TEXT,
    expected_version INTEGER,
    issued_at        TEXT    NOT NULL,
    staff            TEXT    NOT NULL,
    reason           TEXT,
    room             TEXT,
    housekeeping     TEXT,
    from_night       TEXT
);
INSERT INTO pending_command_v4 (position, command_id, seq, type, reservation_id, expected_version, issued_at, staff,
    reason)
SELECT position, command_id, seq, type, reservation_id, expected_version, issued_at, staff, reason
FROM pending_command;
DROP TABLE pending_command;
ALTER TABLE pending_command_v4 RENAME TO pending_command;
CREATE INDEX pending_command_reservation ON pending_command (reservation_id);
CREATE INDEX pending_command_room ON pending_command (room);

-- A refused room command names its room (a refused SET_HOUSEKEEPING names no reservation).
CREATE TABLE conflict_v4 (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    command_id     TEXT    NOT NULL,
    reservation_id TEXT,
    type           TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    guest_name     TEXT,
    message        TEXT    NOT NULL,
    occurred_at    TEXT    NOT NULL,
    dismissed      INTEGER NOT NULL DEFAULT 0,
    room           TEXT
);
INSERT INTO conflict_v4 (id, command_id, reservation_id, type, outcome, guest_name, message, occurred_at, dismissed)
SELECT id, command_id, reservation_id, type, outcome, guest_name, message, occurred_at, dismissed FROM conflict;
DROP TABLE conflict;
ALTER TABLE conflict_v4 RENAME TO conflict;
