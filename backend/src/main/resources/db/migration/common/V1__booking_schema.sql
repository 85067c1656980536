-- GotoHotel schema: one section per bounded context. Each context reads and writes only its own tables.

-- inventory
CREATE TABLE room_type (
    code         VARCHAR(32) PRIMARY KEY,
    name         VARCHAR(100)  NOT NULL,
    capacity     INT           NOT NULL CHECK (capacity > 0),
    nightly_rate NUMERIC(12, 2) NOT NULL CHECK (nightly_rate >= 0),
    currency     VARCHAR(3)    NOT NULL,
    total_rooms  INT           NOT NULL CHECK (total_rooms >= 0)
);

-- One row per room type and night; the check constraint makes overbooking impossible whatever the code does.
CREATE TABLE room_night (
    room_type VARCHAR(32) NOT NULL REFERENCES room_type (code),
    night     DATE        NOT NULL,
    capacity  INT         NOT NULL,
    held      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (room_type, night),
    CONSTRAINT room_night_no_overbooking CHECK (held >= 0 AND held <= capacity)
);

CREATE TABLE room_hold (
    order_id    UUID PRIMARY KEY,
    room_type   VARCHAR(32) NOT NULL REFERENCES room_type (code),
    check_in    DATE        NOT NULL,
    check_out   DATE        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE
);

-- ordering
CREATE TABLE orders (
    id                      UUID PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    status                  VARCHAR(32)    NOT NULL,
    status_reason           VARCHAR(500),
    guest_name              VARCHAR(100)   NOT NULL,
    phone                   VARCHAR(32)    NOT NULL,
    email                   VARCHAR(254),
    room_type               VARCHAR(32)    NOT NULL,
    check_in                DATE           NOT NULL,
    check_out               DATE           NOT NULL,
    guest_count             INT            NOT NULL,
    total_price             NUMERIC(12, 2) NOT NULL,
    currency                VARCHAR(3)     NOT NULL,
    free_cancellation_until TIMESTAMP WITH TIME ZONE NOT NULL,
    late_cancellation_fee   NUMERIC(12, 2) NOT NULL,
    access_token_hash       VARCHAR(64)    NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX orders_by_status_and_age ON orders (status, created_at);

CREATE TABLE order_idempotency_key (
    idempotency_key VARCHAR(255) PRIMARY KEY,
    request_hash    VARCHAR(64) NOT NULL,
    order_id        UUID        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- payment
CREATE TABLE payment (
    order_id           UUID PRIMARY KEY,
    version            BIGINT         NOT NULL,
    status             VARCHAR(16)    NOT NULL,
    amount             NUMERIC(12, 2) NOT NULL,
    refunded_amount    NUMERIC(12, 2) NOT NULL,
    currency           VARCHAR(3)     NOT NULL,
    card_last4         VARCHAR(4),
    provider_reference VARCHAR(100),
    decline_reason     VARCHAR(200),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- reservation
CREATE TABLE reservation (
    id            UUID PRIMARY KEY,
    order_id      UUID         NOT NULL UNIQUE,
    version       BIGINT       NOT NULL,
    status        VARCHAR(32)  NOT NULL,
    guest_name    VARCHAR(100) NOT NULL,
    room_type     VARCHAR(32)  NOT NULL,
    check_in      DATE         NOT NULL,
    check_out     DATE         NOT NULL,
    guest_count   INT          NOT NULL,
    reject_reason VARCHAR(500),
    updated_by    VARCHAR(64),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reservation_by_status_and_check_in ON reservation (status, check_in);

-- staff
CREATE TABLE staff_account (
    username      VARCHAR(64) PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    username   VARCHAR(64) NOT NULL REFERENCES staff_account (username),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- idempotent Kafka consumers: one row per (consumer, event) applied
CREATE TABLE processed_event (
    consumer     VARCHAR(64) NOT NULL,
    event_id     UUID        NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
