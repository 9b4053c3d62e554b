-- Events the broker refused for good (too large, malformed): parked here, with the alarm raised, while publication
-- goes on (docs/operations.md, "Dead letters of publication"). An operator retries or discards each.
CREATE TABLE publication_dead_letter (
    event_identifier     VARCHAR(255) NOT NULL,
    topic                VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    event_type           VARCHAR(255) NOT NULL,
    cause                TEXT         NOT NULL,
    parked_at            TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (event_identifier, topic)
);
