-- Double submits without an Idempotency-Key (issue 9 §4): the API derives an implicit key from the caller, method,
-- path and body, valid for a short window after the answer; answered_at is when the answer was kept (the window
-- runs from there). created_at is now always written by the application: a claim still in progress 2 minutes
-- after it was made belongs to a request that never finished (the server died) and expires.
ALTER TABLE idempotency_record ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
