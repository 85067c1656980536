-- payment: every refund the guest is owed, created in the same transaction as the state change that owes
-- it (guest cancellation, hotel rejection, late approval) and executed after commit; its id is the
-- provider's idempotency key. A refund whose provider call failed is tried again at next_attempt_at,
-- with backoff, until it succeeds.
CREATE TABLE payment_refund (
    id                 UUID PRIMARY KEY,
    order_id           UUID           NOT NULL,
    version            BIGINT         NOT NULL,
    cause              VARCHAR(32)    NOT NULL,
    status             VARCHAR(16)    NOT NULL,
    amount             NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    currency           VARCHAR(3)     NOT NULL,
    provider_reference VARCHAR(100),
    attempts           INT            NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error         VARCHAR(200),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX payment_refund_due ON payment_refund (status, next_attempt_at);
CREATE INDEX payment_refund_by_order ON payment_refund (order_id);

-- What the payment owes back in total (requested refunds, done or pending); refunded_amount is what the
-- provider has confirmed.
ALTER TABLE payment ADD COLUMN refund_owed_amount NUMERIC(12, 2) NOT NULL DEFAULT 0;
UPDATE payment SET refund_owed_amount = refunded_amount;

-- The simulated provider's own ledger (the default provider keeps it like a real one would, across restarts):
-- one row per authorisation (key = order id) and per refund (key = refund id).
CREATE TABLE payment_simulated_ledger (
    idempotency_key VARCHAR(100) PRIMARY KEY,
    kind            VARCHAR(16)    NOT NULL,
    order_id        UUID           NOT NULL,
    approved        BOOLEAN        NOT NULL,
    reference       VARCHAR(100),
    card_last4      VARCHAR(4),
    decline_reason  VARCHAR(200),
    amount          NUMERIC(12, 2) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_simulated_ledger_by_order ON payment_simulated_ledger (order_id);

-- ordering: when the reconciler asks the provider again about an order stuck in PENDING_PAYMENT (backoff per
-- order, so an order that keeps failing moves to the back and never starves the others).
CREATE TABLE order_payment_check (
    order_id      UUID PRIMARY KEY,
    attempts      INT NOT NULL,
    next_check_at TIMESTAMP WITH TIME ZONE NOT NULL
);
