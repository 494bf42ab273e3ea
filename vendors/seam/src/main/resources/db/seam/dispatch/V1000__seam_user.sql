-- The Seam dispatcher's own table (vendor migrations are numbered from 1000, the core's below).
-- One acs_user per holder per access system (target), created once and reused by all of the holder's credentials
-- there. Suspension and access groups belong to the user, so they are kept here, not per credential.
CREATE TABLE seam_user (
    tenant           text        NOT NULL,
    target_id        text        NOT NULL,
    holder_id        uuid        NOT NULL,
    acs_user_id      text,                   -- null while a create's answer is unknown (see creating_since)
    creating_since   timestamptz,            -- a create was sent and not answered: adopt before creating again
    full_name        text        NOT NULL,
    email_address    text,
    suspended        boolean     NOT NULL DEFAULT false,
    access_group_ids text        NOT NULL DEFAULT '[]',  -- JSON array of the groups the user was added to
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, target_id, holder_id)
);
