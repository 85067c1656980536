-- rooms (issue 19, decision 45): one line per change of a room — what changed, the version it made, who and when —
-- and when its housekeeping last changed, so a check-out heard late does not undo a cleaning made after it.
CREATE TABLE room_history (
    room_id     UUID         NOT NULL REFERENCES room (id),
    version     BIGINT       NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    detail      VARCHAR(300),
    changed_by  VARCHAR(64),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (room_id, version)
);
ALTER TABLE room ADD COLUMN housekeeping_at TIMESTAMP WITH TIME ZONE;

-- sync: a desk's SET_HOUSEKEEPING names a room, not a reservation; its answer carries the room as it now stands.
ALTER TABLE sync_command ALTER COLUMN reservation_id DROP NOT NULL;
ALTER TABLE sync_command ADD COLUMN room VARCHAR(8);
ALTER TABLE sync_command ADD COLUMN room_snapshot TEXT;
