import type { Coordinates } from '@shared/network/geo';
import type { Queryable } from './stock-rows';

export type StoreLocation = Coordinates & {
  storeId: string;
  postalCode: string;
  city: string;
  updatedAt: string;
};

export async function writeStoreLocation(
  db: Queryable,
  location: Omit<StoreLocation, 'updatedAt'>,
  now: string,
): Promise<StoreLocation> {
  await db.query(
    `INSERT INTO store_locations (store_id, latitude, longitude, postal_code, city, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (store_id) DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
       postal_code = EXCLUDED.postal_code, city = EXCLUDED.city, updated_at = EXCLUDED.updated_at`,
    [location.storeId, location.latitude, location.longitude, location.postalCode, location.city, now],
  );
  return { ...location, updatedAt: now };
}

/** Locations of these stores (or all), by store id. */
export async function readStoreLocations(
  db: Queryable,
  storeIds: readonly string[] | null,
): Promise<Map<string, StoreLocation>> {
  const { rows } = await db.query<{
    store_id: string;
    latitude: number;
    longitude: number;
    postal_code: string;
    city: string;
    updated_at: Date;
  }>(
    `SELECT store_id, latitude, longitude, postal_code, city, updated_at FROM store_locations
     WHERE $1::text[] IS NULL OR store_id = ANY($1::text[])`,
    [storeIds],
  );
  return new Map(
    rows.map((r) => [
      r.store_id,
      {
        storeId: r.store_id,
        latitude: r.latitude,
        longitude: r.longitude,
        postalCode: r.postal_code,
        city: r.city,
        updatedAt: r.updated_at.toISOString(),
      },
    ]),
  );
}
