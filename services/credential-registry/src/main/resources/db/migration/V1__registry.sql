-- credsync credential registry. Every row belongs to a tenant; every query filters by it.

CREATE TABLE connection (
    tenant                text        NOT NULL,
    id                    text        NOT NULL,
    vendor                text        NOT NULL,
    base_url              text        NOT NULL,
    secret_ref            text        NOT NULL,   -- name of the secret holding the API key, never the key
    rate_limit_per_second integer     NOT NULL DEFAULT 10,
    row_version           bigint      NOT NULL DEFAULT 1,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, id)
);

CREATE TABLE target (
    tenant        text        NOT NULL,
    id            text        NOT NULL,
    vendor        text        NOT NULL,
    connection_id text        NOT NULL,
    address       text        NOT NULL,
    settings      text        NOT NULL DEFAULT '{}',   -- JSON object of vendor settings
    display_name  text,
    row_version   bigint      NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, id),
    FOREIGN KEY (tenant, connection_id) REFERENCES connection (tenant, id)
);

CREATE TABLE holder (
    id          uuid        PRIMARY KEY,
    tenant      text        NOT NULL,
    external_id text        NOT NULL,
    full_name   text,
    first_name  text,
    last_name   text,
    email       text,
    row_version bigint      NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant, external_id)
);

CREATE TABLE credential (
    id               uuid        PRIMARY KEY,
    tenant           text        NOT NULL,
    external_id      text        NOT NULL,
    holder_id        uuid        NOT NULL REFERENCES holder (id),
    kind             text        NOT NULL,
    value_key_id     text,                 -- AES-256-GCM envelope (shared-model EncryptedValue)
    value_iv         text,
    value_ciphertext text,
    card_encoding    text,
    wiegand_bits     integer,
    starts_at        timestamptz,
    ends_at          timestamptz,
    state            text        NOT NULL,  -- active | suspended | revoked
    version          bigint      NOT NULL,  -- bumped by every change; the ETag
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant, external_id)
);
CREATE INDEX credential_holder ON credential (holder_id);

CREATE TABLE credential_grant (
    credential_id uuid NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
    target_id     text NOT NULL,
    tenant        text NOT NULL,
    parameters    text NOT NULL,            -- JSON GrantParameters with its vendor discriminator
    PRIMARY KEY (credential_id, target_id),
    FOREIGN KEY (tenant, target_id) REFERENCES target (tenant, id)
);

-- Transactional outbox: written in the same transaction as the change, deleted once the broker acknowledged.
CREATE TABLE outbox (
    id          bigserial   PRIMARY KEY,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    payload     bytea       NOT NULL,
    priority    smallint    NOT NULL,       -- 0 = urgent (revocations, expiries) first
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX outbox_relay_order ON outbox (priority, id);

-- Idempotent input: one row per processed change event id.
CREATE TABLE processed_change (
    event_id    uuid        PRIMARY KEY,
    tenant      text        NOT NULL,
    credential_id uuid,
    version     bigint,
    received_at timestamptz NOT NULL DEFAULT now()
);

-- Idempotent status folding: one row per processed outcome event id.
CREATE TABLE processed_outcome (
    event_id    uuid        PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sync_status (
    credential_id      uuid        NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
    target_id          text        NOT NULL,
    tenant             text        NOT NULL,
    desired_version    bigint      NOT NULL,
    desired_presence   text        NOT NULL,
    observed_version   bigint,
    state              text        NOT NULL,
    last_command_id    uuid,
    last_error_code    text,
    last_error_message text,
    last_error_version bigint,
    last_error_at      timestamptz,
    vendor_refs        text        NOT NULL DEFAULT '{}',
    changed_at         timestamptz NOT NULL,
    synced_at          timestamptz,
    pending_since      timestamptz,
    desired_fingerprint text       NOT NULL DEFAULT '',  -- hash of the last desired state sent: unchanged state, no command
    PRIMARY KEY (credential_id, target_id)
);
CREATE INDEX sync_status_tenant_state ON sync_status (tenant, state, changed_at);

-- Validity window edges to act on (activation / expiry), one row per credential and edge.
CREATE TABLE scheduled_transition (
    credential_id uuid        NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
    edge          text        NOT NULL,     -- activation | expiry
    due_at        timestamptz NOT NULL,
    PRIMARY KEY (credential_id, edge)
);
CREATE INDEX scheduled_transition_due ON scheduled_transition (due_at);

-- Hibernate's pooled ids for the outbox: one sequence call per 50 rows, and inserts batched.
ALTER SEQUENCE outbox_id_seq INCREMENT BY 50;
