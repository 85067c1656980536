-- rooms (issue 19, decision 45): the numbered rooms of each room type, their housekeeping, the nights they are out
-- of order and the nights each stay holds one. Inventory stays per room type and night (room_night): adding,
-- removing or moving a room changes its type's total_rooms and the capacity of the nights to come by one, and a
-- room out of order for a night takes one from that night's capacity (refused while confirmed stays need it).
-- A room type may have no numbered rooms (the benchmarks' BENCH type): it sells, but nobody checks in to it.
CREATE TABLE room (
    id              UUID PRIMARY KEY,
    number          VARCHAR(8)  NOT NULL,
    room_type       VARCHAR(32) NOT NULL REFERENCES room_type (code),
    housekeeping    VARCHAR(16) NOT NULL CHECK (housekeeping IN ('CLEAN', 'DIRTY', 'INSPECTED')),
    out_of_service  BOOLEAN     NOT NULL DEFAULT FALSE,
    version         BIGINT      NOT NULL,
    -- the room's place in the desks' changes feed: positions come from reservation_change_counter, the feed's one
    -- counter, stamped the same way as a reservation's (decision 7)
    change_position BIGINT,
    updated_by      VARCHAR(64),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT room_number_unique UNIQUE (number)
);
CREATE UNIQUE INDEX room_by_change_position ON room (change_position);
CREATE INDEX room_by_type ON room (room_type, number);

CREATE TABLE room_out_of_order (
    id          BIGSERIAL PRIMARY KEY,
    room_id     UUID         NOT NULL REFERENCES room (id),
    from_night  DATE         NOT NULL,
    until_night DATE         NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set when a manager puts the room back in order early; the nights from then on are sold again
    ended_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT room_out_of_order_dates CHECK (until_night > from_night)
);
CREATE INDEX room_out_of_order_by_room ON room_out_of_order (room_id, from_night);

-- One row per room and night a stay holds. The primary key is the rule: two stays can never hold one room on one
-- night, whatever the code does and however many desks assign at once. (reservation_id names a reservation of the
-- reservation context; no foreign key across contexts.)
CREATE TABLE room_stay_night (
    room_id        UUID        NOT NULL REFERENCES room (id),
    night          DATE        NOT NULL,
    reservation_id UUID        NOT NULL,
    assigned_by    VARCHAR(64),
    assigned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (room_id, night)
);
CREATE INDEX room_stay_night_by_reservation ON room_stay_night (reservation_id, night);

-- The seeded hotel's floor plan: standard rooms on the first floor, deluxe on the second, family rooms on the
-- third, the suites on the fifth (the counts are the seeded total_rooms: 10, 8, 5, 2).
INSERT INTO room (id, number, room_type, housekeeping, version, updated_at)
SELECT gen_random_uuid(), (plan.floor * 100 + n)::text, plan.code, 'CLEAN', 1, now()
FROM (VALUES ('STANDARD', 1, 10), ('DELUXE', 2, 8), ('FAMILY', 3, 5), ('SUITE', 5, 2)) AS plan (code, floor, rooms)
CROSS JOIN LATERAL generate_series(1, plan.rooms) AS n
WHERE EXISTS (SELECT 1 FROM room_type t WHERE t.code = plan.code AND t.total_rooms = plan.rooms);

UPDATE room r SET change_position = c.last_position + numbered.n
FROM reservation_change_counter c,
     (SELECT id, row_number() OVER (ORDER BY number) AS n FROM room) numbered
WHERE r.id = numbered.id AND c.id = 1;
UPDATE reservation_change_counter SET last_position = last_position + (SELECT count(*) FROM room) WHERE id = 1;
