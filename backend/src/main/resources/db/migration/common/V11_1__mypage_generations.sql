-- My page in generations (decision 17): a rebuild folds the topics into a new generation while guests
-- keep reading the live one; one transaction switches the live generation, the old one is deleted after.
CREATE TABLE mypage_generation (
    id   SMALLINT PRIMARY KEY CHECK (id = 1),
    live BIGINT NOT NULL
);
INSERT INTO mypage_generation (id, live) VALUES (1, 0);

-- generations no longer live (replaced, or of a rebuild that failed), deleted in bounded batches
CREATE TABLE mypage_retired_generation (
    generation BIGINT PRIMARY KEY
);

CREATE TABLE mypage_rebuild (
    id            UUID PRIMARY KEY,
    generation    BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    records_total BIGINT       NOT NULL,
    records_read  BIGINT       NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    failure       VARCHAR(500)
);
CREATE INDEX mypage_rebuild_started ON mypage_rebuild (started_at);
-- at most one rebuild runs at a time, whatever the number of instances
CREATE UNIQUE INDEX mypage_rebuild_one_running ON mypage_rebuild ((true)) WHERE status IN ('RUNNING', 'SWITCHING');

ALTER TABLE mypage_history DROP CONSTRAINT mypage_history_order_id_fkey;
ALTER TABLE mypage_message DROP CONSTRAINT mypage_message_order_id_fkey;

ALTER TABLE mypage ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
ALTER TABLE mypage ALTER COLUMN generation DROP DEFAULT;
ALTER TABLE mypage DROP CONSTRAINT mypage_pkey;
ALTER TABLE mypage ADD PRIMARY KEY (generation, order_id);

ALTER TABLE mypage_history ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
ALTER TABLE mypage_history ALTER COLUMN generation DROP DEFAULT;
ALTER TABLE mypage_history DROP CONSTRAINT mypage_history_pkey;
ALTER TABLE mypage_history ADD PRIMARY KEY (generation, order_id, status);
ALTER TABLE mypage_history ADD FOREIGN KEY (generation, order_id) REFERENCES mypage (generation, order_id)
    ON DELETE CASCADE;

ALTER TABLE mypage_message ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
ALTER TABLE mypage_message ALTER COLUMN generation DROP DEFAULT;
ALTER TABLE mypage_message DROP CONSTRAINT mypage_message_pkey;
ALTER TABLE mypage_message ADD PRIMARY KEY (generation, order_id, notification_id);
ALTER TABLE mypage_message ADD FOREIGN KEY (generation, order_id) REFERENCES mypage (generation, order_id)
    ON DELETE CASCADE;

-- each generation remembers the events it applied under its own consumer name
UPDATE processed_event SET consumer = 'mypage@0' WHERE consumer = 'mypage';
