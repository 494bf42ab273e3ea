-- Seam's event side, in schema ingest_seam (the runtime's tables, e.g. seen_vendor_event, are below V1000): what it
-- waits for, and what it has already handled.

-- One Seam credential whose latest accepted version waits for the access system (learned from the Seam
-- dispatcher's `accepted` outcomes). A PIN update keeps the acs_credential_id and bumps the version.
CREATE TABLE seam_watch (
    acs_credential_id  text        PRIMARY KEY,
    connection_id      text        NOT NULL,
    tenant             text        NOT NULL,
    credential_id      uuid        NOT NULL,
    target_id          text        NOT NULL,
    version            bigint      NOT NULL,
    command_id         uuid        NOT NULL,    -- credsync's command
    awaiting           text        NOT NULL CHECK (awaiting IN ('issued', 'deleted')),
    acs_user_id        text,
    acs_system_id      text,
    accepted_at        timestamptz NOT NULL,
    last_read_at       timestamptz,             -- the last read-back; the sweep waits readback-after from here
    last_reported_code text,                    -- the warning last reported with `accepted`, not to repeat it
    settled_at         timestamptz              -- the final outcome was acknowledged by Kafka (or a newer version came)
);
CREATE INDEX seam_watch_by_target ON seam_watch (tenant, credential_id, target_id) WHERE settled_at IS NULL;
CREATE INDEX seam_watch_due ON seam_watch ((COALESCE(last_read_at, accepted_at))) WHERE settled_at IS NULL;

-- An event about a Seam credential not yet watched: read back as soon as the dispatcher's outcome names it.
CREATE TABLE parked_seam_event (
    acs_credential_id text        PRIMARY KEY,
    connection_id     text        NOT NULL,
    event_id          text        NOT NULL,
    parked_at         timestamptz NOT NULL DEFAULT now()
);

-- Svix message ids already handled (svix-id is stable across Svix's retries); kept for dedupe-retention.
CREATE TABLE seam_webhook_message (
    connection_id text        NOT NULL,
    svix_id       text        NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connection_id, svix_id)
);
CREATE INDEX seam_webhook_message_age ON seam_webhook_message (received_at);

-- Where each connection's /events/list poll continues: the occurred_at of the newest event handled.
CREATE TABLE seam_event_cursor (
    connection_id    text        PRIMARY KEY,
    last_occurred_at timestamptz NOT NULL
);
