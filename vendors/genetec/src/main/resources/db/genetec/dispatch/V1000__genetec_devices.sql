-- The Genetec dispatcher's own tables, in schema dispatcher_genetec (vendor migrations are numbered from 1000).

-- One Clearance device per (connection, Clearance tenant, serial number, manufacturer). Clearance cannot delete a
-- device, so a registration is written down before it is sent (device_id still null): a later attempt that finds the
-- row without an id looks the device up instead of registering a second one.
CREATE TABLE genetec_device (
    tenant           text        NOT NULL,
    connection_id    text        NOT NULL,
    clearance_tenant text        NOT NULL,
    serial_number    text        NOT NULL,
    manufacturer     text        NOT NULL,
    device_id        text,
    active           boolean     NOT NULL DEFAULT false,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, connection_id, clearance_tenant, serial_number, manufacturer)
);

-- The negotiation a credential has open on a device: its TransactionId and the credential version it carries. A
-- transaction for an older version is rejected, never committed; one for the same version is committed only after
-- a read-back shows it still pending.
CREATE TABLE genetec_transaction (
    tenant           text        NOT NULL,
    connection_id    text        NOT NULL,
    clearance_tenant text        NOT NULL,
    serial_number    text        NOT NULL,
    manufacturer     text        NOT NULL,
    credential_id    uuid        NOT NULL,
    version          bigint      NOT NULL,
    transaction_id   text        NOT NULL,
    opened_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, connection_id, clearance_tenant, serial_number, manufacturer)
);
