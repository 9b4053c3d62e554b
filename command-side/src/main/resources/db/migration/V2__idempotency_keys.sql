-- The answers to requests sent with an Idempotency-Key, committed with the command's events.
CREATE TABLE idempotency_key (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER,
    response        TEXT,
    created_at      TIMESTAMPTZ  NOT NULL
);
