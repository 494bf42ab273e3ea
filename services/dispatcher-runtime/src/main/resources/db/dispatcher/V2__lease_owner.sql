-- Which replica holds a target's lease: a replica restarted under the same name (a container restarted in its pod)
-- takes its own leases back at once instead of waiting them out, and renews only the leases it holds.
ALTER TABLE target_work ADD COLUMN lease_owner text;
