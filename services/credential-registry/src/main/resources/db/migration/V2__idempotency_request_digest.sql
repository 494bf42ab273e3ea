-- The keyed digest (HMAC, never the request itself: it may hold a PIN) of the REST request an Idempotency-Key
-- stood for: the same key with another request is refused with 422. Empty for input-topic events.
ALTER TABLE processed_change ADD COLUMN request_digest text NOT NULL DEFAULT '';
