-- The night audit (issue 20 point 3, decision record 48): one run per business date, claimed by one instance at a
-- time under a lease, resumable after a crash; one row per booking a run marked NO_SHOW, written in the booking's
-- own transaction (the primary key makes a second marking of an order impossible).
CREATE TABLE night_audit_run (
    business_date DATE PRIMARY KEY,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by    VARCHAR(200)             NOT NULL,
    lease_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts      INT                      NOT NULL DEFAULT 1,
    failures      INT                      NOT NULL DEFAULT 0,
    due_outs      INT,
    finished_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE night_audit_no_show (
    order_id      UUID PRIMARY KEY,
    business_date DATE                     NOT NULL REFERENCES night_audit_run (business_date),
    marked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_by     VARCHAR(200)             NOT NULL
);

CREATE INDEX night_audit_no_show_run ON night_audit_no_show (business_date);

