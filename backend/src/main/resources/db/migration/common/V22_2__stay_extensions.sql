-- Adding nights to a stay (issue 20 point 2, decision record 52).

-- payment: a charge for nights added to a stay, authorised at the provider under its own idempotency key (the stay
-- change's id), never announced as PaymentApproved; the payment's amount counts it, so refunds may reach it.
CREATE TABLE payment_charge (
    id                 UUID PRIMARY KEY,
    order_id           UUID           NOT NULL,
    amount             NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    currency           VARCHAR(3)     NOT NULL,
    card_last4         VARCHAR(4),
    provider_reference VARCHAR(100),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_charge_by_order ON payment_charge (order_id);

-- The authorisation a refund is sent against (its key at the provider): null for the order's own, else a charge's id.
ALTER TABLE payment_refund ADD COLUMN authorization_key UUID;

-- ordering: a stay change that adds nights, from holding them to the charge's answer (at most one pending per order).
CREATE TABLE order_stay_change (
    id                 UUID PRIMARY KEY,
    order_id           UUID           NOT NULL,
    check_in           DATE           NOT NULL,
    check_out          DATE           NOT NULL,
    previous_check_in  DATE           NOT NULL,
    previous_check_out DATE           NOT NULL,
    amount             NUMERIC(12, 2) NOT NULL,
    currency           VARCHAR(3)     NOT NULL,
    changed_by         VARCHAR(100)   NOT NULL,
    status             VARCHAR(16)    NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at         TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX order_stay_change_one_pending ON order_stay_change (order_id) WHERE status = 'PENDING';
CREATE INDEX order_stay_change_pending ON order_stay_change (status, created_at);
