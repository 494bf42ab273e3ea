-- The access_schedule last set on the acs_user ("<starts_at>/<ends_at>"), for systems that schedule users
-- (target setting seam.user_access_schedule=true); null when none was set.
ALTER TABLE seam_user ADD COLUMN access_schedule text;
