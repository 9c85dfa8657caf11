-- Idempotency-Key of the API's POST requests (issue 9 §4: a double click or a retry never records twice): one row
-- per caller and key, written before the request runs; the answer of a success is kept and replayed to a retry
-- with the same key and body. A failed request deletes its row, so the client may retry with the same key.
CREATE TABLE idempotency_record (
    caller VARCHAR(64) NOT NULL,
    idem_key VARCHAR(100) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    response_status INTEGER,
    response_body BYTEA,
    response_location VARCHAR(1000),
    CONSTRAINT idempotency_record_pk PRIMARY KEY (caller, idem_key)
);
