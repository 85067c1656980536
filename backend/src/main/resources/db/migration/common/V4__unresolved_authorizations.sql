-- payment: authorisations whose outcome we never learnt (the provider timed out or failed mid-call).
-- The order was answered 503 and its nights released; if the provider approved it late, it is refunded.
CREATE TABLE payment_unresolved (
    order_id   UUID PRIMARY KEY,
    amount     NUMERIC(12, 2) NOT NULL,
    currency   VARCHAR(3)     NOT NULL,
    card_last4 VARCHAR(4)     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    check_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts   INT            NOT NULL
);
