-- The IntServ dispatcher's own tables, in schema dispatcher_intserv (vendor migrations are numbered from 1000).

-- One IntServ person per holder per connection (account): created by the holder's first key, reused by the others.
CREATE TABLE intserv_person (
    tenant        text        NOT NULL,
    connection_id text        NOT NULL,
    holder_id     uuid        NOT NULL,
    person_id     text        NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, connection_id, holder_id)
);

-- One access key per credential per connection, shared by the credential's targets (access systems). spec_digest is
-- the cipher's keyed digest of the key spec: a changed card number or code is seen without keeping the value.
CREATE TABLE intserv_key (
    tenant        text        NOT NULL,
    connection_id text        NOT NULL,
    credential_id uuid        NOT NULL,
    key_id        text        NOT NULL,
    spec_digest   text        NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, connection_id, credential_id)
);

-- The access levels each target (access system) grants the credential: the key holds their union.
CREATE TABLE intserv_key_grant (
    tenant           text        NOT NULL,
    connection_id    text        NOT NULL,
    credential_id    uuid        NOT NULL,
    target_id        text        NOT NULL,
    access_level_ids text        NOT NULL,   -- JSON array of UUIDs
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, connection_id, credential_id, target_id)
);
