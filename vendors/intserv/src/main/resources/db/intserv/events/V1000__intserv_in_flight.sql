-- IntServ's event side, in schema ingest_intserv (the runtime's tables are below V1000).

-- Targets whose key IntServ accepted and whose access system has yet to apply it, learned from the dispatcher's
-- accepted outcomes; polled least recently polled first, and forgotten once settled or superseded.
CREATE TABLE intserv_in_flight (
    tenant        text        NOT NULL,
    credential_id uuid        NOT NULL,
    target_id     text        NOT NULL,
    version       bigint      NOT NULL,
    command_id    uuid        NOT NULL,
    connection_id text        NOT NULL,
    key_id        text        NOT NULL,
    system_id     text        NOT NULL,
    accepted_at   timestamptz NOT NULL DEFAULT now(),
    polled_at     timestamptz,
    PRIMARY KEY (tenant, credential_id, target_id)
);

CREATE INDEX intserv_in_flight_poll ON intserv_in_flight (polled_at NULLS FIRST);
