-- Every decision published, in the order published: the pull feed reads it after a position, the webhooks deliver
-- it to each subscriber in turn (docs/http-api.md, "Decisions for systems without Kafka").
CREATE TABLE decision_feed (
    position       BIGSERIAL PRIMARY KEY,
    id             VARCHAR(255) NOT NULL UNIQUE,
    decision_id    VARCHAR(512) NOT NULL,
    meeting_id     VARCHAR(255) NOT NULL,
    council        VARCHAR(300),
    recorded_at    TIMESTAMPTZ NOT NULL,
    body           TEXT NOT NULL
);

-- The systems an operator registered to receive decisions by webhook, and how far each has been delivered.
CREATE TABLE decision_subscriber (
    id                 VARCHAR(64) PRIMARY KEY,
    url                VARCHAR(2000) NOT NULL,
    secret             VARCHAR(200) NOT NULL,
    council            VARCHAR(300),
    registered_at      TIMESTAMPTZ NOT NULL,
    delivered_position BIGINT NOT NULL DEFAULT 0,
    attempts           INT NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMPTZ NOT NULL,
    last_error         VARCHAR(2000),
    leased_by          VARCHAR(100),
    leased_until       TIMESTAMPTZ
);
