-- The identity the server gave this desk (decision 38): client_id is the server's desk id once desk_secret is set;
-- the secret is this desk's own key (the store is its owner's only, 0600). revoked: a manager revoked the desk, so it
-- sends nothing until a manager signs in here. home_fingerprint: the computer and folder the store was last opened
-- in — a store opened elsewhere (a copied desk folder) registers again as a new desk.
ALTER TABLE sync_state ADD COLUMN desk_secret TEXT;
ALTER TABLE sync_state ADD COLUMN revoked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_state ADD COLUMN home_fingerprint TEXT;

-- When the server last set this person's password, as it said at their sign-in here: a later change, or a disabled
-- account, makes the desk forget the kept hash.
ALTER TABLE staff_credential ADD COLUMN password_set_at TEXT;

-- Wrong passwords typed while the server was unreachable: after 5, a growing wait (kept across restarts).
CREATE TABLE offline_sign_in_failure (
    username        TEXT    PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure_at TEXT    NOT NULL
);
