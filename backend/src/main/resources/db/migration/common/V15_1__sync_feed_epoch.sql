-- The changes feed's epoch (decision 39): a random value naming one unbroken history of feed positions. Cursors
-- carry it; a server that finds its feed went backwards (a restored backup: the counter below a position it handed
-- out, or another change at a position a desk received) draws a new one, so every desk holding a cursor of the old
-- history downloads everything again. gen_random_uuid() is built into PostgreSQL since 13.
CREATE TABLE sync_feed_epoch (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    epoch      UUID NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO sync_feed_epoch (id, epoch, started_at) VALUES (1, gen_random_uuid(), now());
