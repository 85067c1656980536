-- reservation: what the front desk shows (phone, amount) and its place in the changes feed.
ALTER TABLE reservation ADD COLUMN phone VARCHAR(32);
ALTER TABLE reservation ADD COLUMN amount NUMERIC(12, 2);
ALTER TABLE reservation ADD COLUMN currency VARCHAR(3);
-- Position in the changes feed, stamped at the end of every transaction that changes the reservation while
-- that transaction holds the one row of reservation_change_counter: positions become visible in order, so
-- a reader that has seen position n has seen every position below n (decision record 7).
ALTER TABLE reservation ADD COLUMN change_position BIGINT;
UPDATE reservation r SET change_position = numbered.position
FROM (SELECT id, row_number() OVER (ORDER BY updated_at, id) AS position FROM reservation) numbered
WHERE r.id = numbered.id;
CREATE UNIQUE INDEX reservation_by_change_position ON reservation (change_position);

CREATE TABLE reservation_change_counter (
    id            INT PRIMARY KEY CHECK (id = 1),
    last_position BIGINT NOT NULL
);
INSERT INTO reservation_change_counter (id, last_position)
SELECT 1, COALESCE(MAX(change_position), 0) FROM reservation;

-- One line per change of a reservation: who (the staff member named on the desk and the account whose token
-- sent it), from which desk, when it was decided and when it was applied.
CREATE TABLE reservation_history (
    reservation_id UUID         NOT NULL REFERENCES reservation (id),
    version        BIGINT       NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    action         VARCHAR(32)  NOT NULL,
    staff          VARCHAR(100),
    account        VARCHAR(64),
    client_id      UUID,
    reason         VARCHAR(500),
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (reservation_id, version)
);

-- sync: each desk installation, the last command seq applied for it, and the first answer to each command.
CREATE TABLE sync_client (
    client_id  UUID PRIMARY KEY,
    last_seq   BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sync_command (
    client_id      UUID         NOT NULL REFERENCES sync_client (client_id),
    command_id     UUID         NOT NULL,
    seq            BIGINT       NOT NULL,
    type           VARCHAR(16)  NOT NULL,
    reservation_id UUID         NOT NULL,
    outcome        VARCHAR(16)  NOT NULL,
    message        VARCHAR(500),
    snapshot       TEXT,
    applied_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, command_id),
    CONSTRAINT sync_command_one_per_seq UNIQUE (client_id, seq)
);
