-- Jetstream's event side, in schema ingest_jetstream (the runtime's tables are below V1000).

-- Which credential versions a Jetstream sync command carried (learned from the dispatcher's outcomes).
CREATE TABLE jetstream_command (
    jetstream_command_id text   NOT NULL,
    tenant               text   NOT NULL,
    credential_id        uuid   NOT NULL,
    target_id            text   NOT NULL,
    version              bigint NOT NULL,
    command_id           uuid   NOT NULL,   -- credsync's command
    settled              boolean NOT NULL,  -- the dispatcher already reported the final phase (online device)
    PRIMARY KEY (jetstream_command_id, credential_id)
);

-- Completions that arrived before we knew what their command carried; resolved when the correlation arrives.
CREATE TABLE parked_completion (
    jetstream_command_id text        PRIMARY KEY,
    event                text        NOT NULL,
    parked_at            timestamptz NOT NULL DEFAULT now()
);
