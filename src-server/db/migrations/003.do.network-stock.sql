-- The network's view of stock: one row per SKU and store, written in the same transaction as
-- the store's stock projection (sync/persist.ts), read by SKU across stores (OMS availability,
-- sourcing). Plain integers: a batch of 500 SKUs over a network reads no JSON.
CREATE TABLE network_stock (
  sku text NOT NULL,
  store_id text NOT NULL REFERENCES stores (id),
  on_hand integer NOT NULL,
  reserved integer NOT NULL,
  unsellable integer NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (sku, store_id)
);
INSERT INTO network_stock (sku, store_id, on_hand, reserved, unsellable, updated_at)
  SELECT id, store_id, (doc->>'onHand')::integer, (doc->>'reserved')::integer, (doc->>'unsellable')::integer,
    (doc->>'updatedAt')::timestamptz
  FROM projections WHERE collection = 'stock';

-- The OMS's categories of SKUs (safety stock may be set per category).
CREATE TABLE sku_categories (
  sku text PRIMARY KEY,
  category text NOT NULL
);
CREATE INDEX sku_categories_category ON sku_categories (category);

-- Safety stock rules: store_id '' = every store; a SKU, a category, or neither (the default).
CREATE TABLE safety_stock (
  store_id text NOT NULL,
  sku text NOT NULL,
  category text NOT NULL,
  qty integer NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, sku, category),
  CHECK (sku = '' OR category = '')
);
CREATE INDEX safety_stock_sku ON safety_stock (sku) WHERE sku <> '';

-- Where a store is (sourcing measures distances from it).
CREATE TABLE store_locations (
  store_id text PRIMARY KEY REFERENCES stores (id),
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  postal_code text NOT NULL,
  city text NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Sourcing networks: their stores (null = every store) and rules (data, see shared/network/rules.ts).
CREATE TABLE networks (
  id text PRIMARY KEY,
  stores jsonb,
  rules jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);

-- One stock_changed event per SKU and store per transaction: later writes in the same
-- transaction update it (ON CONFLICT), so the feed carries the level the transaction left.
CREATE UNIQUE INDEX events_stock_changed ON events (txid, store_id, sku) WHERE type = 'stock_changed';
