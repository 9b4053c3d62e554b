-- Tamper evidence: each stored event, once committed, is sealed into its meeting's (or committee's) hash chain.
-- A seal covers the event's stored bytes and the seal before it, so editing, removing or reordering a stored
-- event breaks the chain from that point on.
CREATE TABLE event_seal (
    event_identifier     VARCHAR(255) PRIMARY KEY,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    hash                 CHAR(64)     NOT NULL,
    previous_hash        CHAR(64),
    sealed_at            TIMESTAMPTZ  NOT NULL,
    UNIQUE (aggregate_identifier, sequence_number)
);
