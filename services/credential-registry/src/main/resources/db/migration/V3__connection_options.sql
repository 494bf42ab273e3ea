-- Connections defined once (issue 11): the registry publishes each one, without secrets, on the compacted
-- credsync.connections.v1 through the outbox; dispatchers and event-ingest follow that topic.

-- Vendor-specific settings of a connection: a JSON object of string -> string (e.g. Seam's webhook_secret_refs).
-- They hold references to secrets, never secrets: the topic carries them to every runtime.
ALTER TABLE connection ADD COLUMN options text NOT NULL DEFAULT '{}';

-- A tombstone (null value) removes a connection from the compacted topic: the outbox carries it as a NULL payload,
-- which the relay sends as a record with a null value.
ALTER TABLE outbox ALTER COLUMN payload DROP NOT NULL;

-- The last revision of a deleted connection, so that one created again under the same id continues after it: a
-- follower that missed nothing never sees a revision go backwards for a key.
CREATE TABLE deleted_connection (
    tenant        text        NOT NULL,
    id            text        NOT NULL,
    last_revision bigint      NOT NULL,
    deleted_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, id)
);

-- A new record of a connection replaces the one still waiting in the outbox (ConnectionEvents): found by key.
CREATE INDEX outbox_connection_key ON outbox (message_key) WHERE topic = 'credsync.connections.v1';

-- "Is this connection in use?" (DELETE /v1/connections/{id}) and the foreign key's check on delete.
CREATE INDEX target_connection ON target (tenant, connection_id);

-- Existing connections reach the topic through ConnectionBackfill at every start, not through rows inserted here:
-- see that class for why.
