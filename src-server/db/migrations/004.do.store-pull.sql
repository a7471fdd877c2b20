-- Devices pull their whole store by store sequence (one checkpoint for every collection).
CREATE INDEX projections_store_seq ON projections (store_id, seq);
