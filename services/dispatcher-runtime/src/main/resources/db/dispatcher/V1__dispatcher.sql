-- A dispatcher's own state (one database per vendor deployable). Desired state is kept per (target, credential),
-- so a device's full list can be rebuilt after a restart without asking the registry.

-- The latest desired state of one credential on one target, and what the vendor is known to hold.
CREATE TABLE slot (
    tenant          text        NOT NULL,
    target_id       text        NOT NULL,
    credential_id   uuid        NOT NULL,
    desired_version bigint      NOT NULL,
    desired         text        NOT NULL,   -- SyncCommand JSON (value sealed) of the latest desired version
    command_id      uuid        NOT NULL,   -- the command that carried desired_version
    applied_version bigint,                 -- newest version the vendor holds (or queued on the device)
    failed_version  bigint,                 -- newest version the vendor refused for good (not retried)
    vendor_refs     text        NOT NULL DEFAULT '{}',
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, target_id, credential_id)
);

-- One row per target with work to do: claimed with a lease so one replica at a time talks to a target.
CREATE TABLE target_work (
    tenant          text        NOT NULL,
    target_id       text        NOT NULL,
    connection_id   text        NOT NULL,
    address         text        NOT NULL,   -- TargetAddress JSON
    due_at          timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    lease_until     timestamptz,
    last_error      text,
    PRIMARY KEY (tenant, target_id)
);
CREATE INDEX target_work_due ON target_work (due_at);

-- Command ids already taken in: redeliveries change nothing.
CREATE TABLE seen_command (
    command_id  uuid        PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now()
);
