-- mypage: the guest read model, built only from events
CREATE TABLE mypage (
    order_id           UUID PRIMARY KEY,
    version            BIGINT      NOT NULL,
    guest_name         VARCHAR(100),
    room_type          VARCHAR(32),
    check_in           DATE,
    check_out          DATE,
    guest_count        INT,
    total_price        NUMERIC(12, 2),
    currency           VARCHAR(3),
    order_status       VARCHAR(32),
    payment_status     VARCHAR(16),
    reservation_status VARCHAR(32),
    refunded_amount    NUMERIC(12, 2) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE mypage_history (
    order_id UUID        NOT NULL REFERENCES mypage (order_id) ON DELETE CASCADE,
    status   VARCHAR(32) NOT NULL,
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, status)
);

CREATE TABLE mypage_message (
    order_id        UUID         NOT NULL REFERENCES mypage (order_id) ON DELETE CASCADE,
    notification_id UUID         NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    text            VARCHAR(1000),
    status          VARCHAR(16)  NOT NULL,
    reason          VARCHAR(500),
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, notification_id)
);

-- notification: who to tell and one durable record per (order, announced status, channel)
CREATE TABLE notification_recipient (
    order_id    UUID PRIMARY KEY,
    guest_name  VARCHAR(100) NOT NULL,
    phone       VARCHAR(32)  NOT NULL,
    room_type   VARCHAR(32)  NOT NULL,
    check_in    DATE         NOT NULL,
    check_out   DATE         NOT NULL,
    total_price NUMERIC(12, 2),
    currency    VARCHAR(3)
);

CREATE TABLE notification (
    id              UUID PRIMARY KEY,
    version         BIGINT       NOT NULL,
    order_id        UUID         NOT NULL,
    announces       VARCHAR(32)  NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    amount          NUMERIC(12, 2),
    reason          VARCHAR(500),
    source_event    VARCHAR(4000) NOT NULL,
    text            VARCHAR(1000),
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    claimed_by      UUID,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_due ON notification (status, next_attempt_at);
