-- Commands that failed unexpectedly (a bug, not a business refusal). The device got a
-- receipt 'internal_error' and went on; an administrator replays them after a fix.
CREATE TABLE quarantine (
  id bigserial PRIMARY KEY,
  store_id text NOT NULL REFERENCES stores (id),
  command_id text NOT NULL,
  source text NOT NULL,
  command jsonb NOT NULL,
  error text NOT NULL,
  quarantined_at timestamptz NOT NULL DEFAULT now(),
  replayed_at timestamptz,
  replay_outcome text NOT NULL DEFAULT '',
  replay_reason text NOT NULL DEFAULT '',
  UNIQUE (store_id, command_id)
);
CREATE INDEX quarantine_pending ON quarantine (store_id, id) WHERE replayed_at IS NULL;

-- OMS Idempotency-Key: the first answer to a key, for the endpoint and body it was sent with.
CREATE TABLE idempotency_keys (
  key text PRIMARY KEY,
  endpoint text NOT NULL,
  body_hash text NOT NULL,
  status integer NOT NULL,
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
