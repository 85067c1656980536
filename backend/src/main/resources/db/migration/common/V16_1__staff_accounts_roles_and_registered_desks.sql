-- Staff accounts with roles (issue 17): the accounts so far (the first admin) are managers; new ones are made
-- by managers. A disabled account keeps its row (its name stays in the history) and its tokens are deleted.
ALTER TABLE staff_account ADD COLUMN role VARCHAR(16) NOT NULL DEFAULT 'RECEPTIONIST';
UPDATE staff_account SET role = 'MANAGER';
ALTER TABLE staff_account ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE staff_account ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff_account ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE staff_account SET password_changed_at = created_at;
ALTER TABLE staff_account ALTER COLUMN password_changed_at SET NOT NULL;
ALTER TABLE staff_account ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Who did what to which account and when. The sync reads it to tell whether a person could still decide at the
-- time a desk says a decision was made (offline): the last CREATED/ENABLED/DISABLED at or before that time.
CREATE TABLE staff_account_audit (
    id          BIGSERIAL PRIMARY KEY,
    username    VARCHAR(64) NOT NULL REFERENCES staff_account (username),
    action      VARCHAR(32) NOT NULL,
    by_username VARCHAR(64),
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX staff_account_audit_by_account ON staff_account_audit (username, at);
INSERT INTO staff_account_audit (username, action, by_username, at)
SELECT username, 'CREATED', NULL, created_at FROM staff_account;

-- The person and desk of a decision as they were named then.
ALTER TABLE reservation_history ADD COLUMN staff_name VARCHAR(100);
ALTER TABLE reservation_history ADD COLUMN desk_name VARCHAR(64);

-- Registered desks (decision 38): the server gives each desk its id and a secret; only the secret's SHA-256 is kept.
-- Desks that sent commands before registration existed have no secret: they must register (and renumber).
ALTER TABLE sync_client ADD COLUMN name VARCHAR(64);
ALTER TABLE sync_client ADD COLUMN secret_hash VARCHAR(64);
ALTER TABLE sync_client ADD COLUMN registered_by VARCHAR(64) REFERENCES staff_account (username);
ALTER TABLE sync_client ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sync_client ADD COLUMN revoked_by VARCHAR(64) REFERENCES staff_account (username);
