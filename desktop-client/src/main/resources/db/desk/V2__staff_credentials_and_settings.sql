-- Staff who signed in on this desk before, so they can open it while the server is unreachable: a salted
-- PBKDF2 hash of the password only (never the password, never a token). And the desk's remembered settings
-- (the server address, the last user name, the language).
CREATE TABLE staff_credential (
    username    TEXT    PRIMARY KEY,
    algorithm   TEXT    NOT NULL,
    iterations  INTEGER NOT NULL,
    salt        TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE desk_setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
