-- The runtime's tables, in every hosted vendor's schema ingest_<vendor> (the vendor's own start at V1000).

-- Vendor event ids already handled; forgotten after credsync.ingest.seen-event-retention.
CREATE TABLE seen_vendor_event (
    event_id    text        PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX seen_vendor_event_age ON seen_vendor_event (received_at);
