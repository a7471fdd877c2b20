-- Every key of a table a store writes leads with store_id, so that a sharded PostgreSQL (Citus)
-- can distribute those tables by store (docs/ARCHITECTURE.md "Distribution by store").
-- The ids stay bigserial and unique; the OMS feed keeps reading by (txid, id) across stores.
ALTER TABLE events DROP CONSTRAINT events_pkey, ADD PRIMARY KEY (store_id, id);
ALTER TABLE quarantine DROP CONSTRAINT quarantine_pkey, ADD PRIMARY KEY (store_id, id);
-- The administrator replays a quarantined command by its id alone.
CREATE INDEX quarantine_id ON quarantine (id);
