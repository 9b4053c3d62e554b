-- Seals are signed a batch at a time: one signature over the statement of every seal the sealing processor made
-- in one batch (docs/operations.md, "Seal keys"). The statement is kept as it was signed; a seal names its batch.
-- Seals signed one by one before (key_id and signature on the seal's own row) keep verifying as they are.
CREATE TABLE seal_batch (
    batch_id   BIGSERIAL    PRIMARY KEY,
    sealed_at  TIMESTAMPTZ  NOT NULL,
    key_id     VARCHAR(100) NOT NULL,
    statement  TEXT         NOT NULL,
    signature  VARCHAR(200) NOT NULL
);
ALTER TABLE event_seal ADD COLUMN batch_id BIGINT;
