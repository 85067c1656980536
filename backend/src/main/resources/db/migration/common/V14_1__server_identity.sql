-- This server's identity (decision 28): a random UUID made once per database and never changed, answered with
-- every staff login so a desk can tell whether the server it signs in to is the one its local store belongs to.
-- gen_random_uuid() is built into PostgreSQL since 13.
CREATE TABLE server_identity (
    id        SMALLINT PRIMARY KEY CHECK (id = 1),
    server_id UUID NOT NULL
);
INSERT INTO server_identity (id, server_id) VALUES (1, gen_random_uuid());
