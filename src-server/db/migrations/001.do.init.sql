-- Stores and their sequence. Every write for a store locks its row (SELECT ... FOR
-- UPDATE) and draws numbers from seq, so a store's writes commit in sequence order
-- and a pull checkpoint never skips a row. The store's document is a projection ('store').
CREATE TABLE stores (
  id text PRIMARY KEY,
  seq bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Projections pulled by devices, all collections in one table: the document exactly as
-- the device schema wants it, the store sequence of its last write, a tombstone flag, and
-- two keys some collections are read by (a task's order, a receipt's device).
CREATE TABLE projections (
  store_id text NOT NULL REFERENCES stores (id),
  collection text NOT NULL,
  id text NOT NULL,
  seq bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  order_id text NOT NULL DEFAULT '',
  device_id text NOT NULL DEFAULT '',
  doc jsonb NOT NULL,
  PRIMARY KEY (store_id, collection, id)
);
CREATE INDEX projections_pull ON projections (store_id, collection, seq);
CREATE INDEX projections_receipts ON projections (store_id, device_id, seq) WHERE collection = 'receipts';
CREATE INDEX projections_tasks ON projections (store_id, order_id) WHERE collection = 'tasks';

-- Every command received, once (its client id is the idempotency key).
CREATE TABLE commands (
  store_id text NOT NULL REFERENCES stores (id),
  id text NOT NULL,
  type text NOT NULL,
  source text NOT NULL,
  device_id text NOT NULL,
  staff_id text NOT NULL,
  device_time text NOT NULL,
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  seq bigint NOT NULL,
  outcome text NOT NULL,
  reason text NOT NULL,
  PRIMARY KEY (store_id, id)
);

CREATE TABLE stock_movements (
  store_id text NOT NULL REFERENCES stores (id),
  id text NOT NULL,
  sku text NOT NULL,
  on_hand integer NOT NULL,
  reserved integer NOT NULL,
  unsellable integer NOT NULL,
  reason text NOT NULL,
  command_id text NOT NULL,
  order_id text NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (store_id, id)
);
CREATE INDEX stock_movements_sku ON stock_movements (store_id, sku);

-- The OMS event feed across stores. Read in (txid, id) order and only below the oldest
-- running transaction, so a page never skips an event whose transaction commits late.
CREATE TABLE events (
  id bigserial PRIMARY KEY,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  store_id text NOT NULL REFERENCES stores (id),
  seq bigint NOT NULL,
  type text NOT NULL,
  order_id text NOT NULL,
  sku text NOT NULL,
  command_id text NOT NULL,
  data jsonb NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX events_feed ON events (txid, id);
CREATE INDEX events_store ON events (store_id, txid, id);

CREATE TABLE devices (
  id text PRIMARY KEY,
  store_id text NOT NULL REFERENCES stores (id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_seen_at timestamptz
);

CREATE TABLE enrollment_codes (
  code_hash text PRIMARY KEY,
  store_id text NOT NULL REFERENCES stores (id),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id text
);

-- Credentials generated on first start when none are configured (embedded, zero set-up).
CREATE TABLE service_secrets (
  name text PRIMARY KEY,
  value text NOT NULL
);
