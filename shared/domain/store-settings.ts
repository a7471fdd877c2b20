import { type StoreDoc, UNLINKED_REFUND_LIMIT_DEFAULT } from '../schemas/store';
import { ADJUST_UNITS_LIMIT_DEFAULT } from '../staff/permissions';
import type { CARRIERS } from './codes';

export type Carrier = (typeof CARRIERS)[number];

/** Settings with a default (Click & Collect's staging, expiry and handover scan stay optional). */
type WithDefault = Omit<
  StoreDoc['settings'],
  'stagingLocations' | 'pickupExpiryHours' | 'handoverScan' | 'keepClosedDays'
>;
export type StoreSettings = Required<WithDefault>;

/** What a store does when the OMS has not said otherwise. */
export const DEFAULT_STORE_SETTINGS: StoreSettings = {
  requireScan: false,
  pickupHoldDays: 7,
  unlinkedRefundLimit: UNLINKED_REFUND_LIMIT_DEFAULT,
  lockAfterMinutes: 5,
  adjustUnitsLimit: ADJUST_UNITS_LIMIT_DEFAULT,
  partialFulfilment: true,
  scanIntoParcel: false,
  boxTypes: ['small', 'medium', 'large', 'mailer'],
  carriers: ['colissimo', 'chronopost', 'dpd'],
};

const SETTING_KEYS = Object.keys(DEFAULT_STORE_SETTINGS) as (keyof StoreSettings)[];

/** A store's settings with every default filled in (documents written before a setting existed lack it). */
export function storeSettings(settings: Partial<WithDefault> | undefined): StoreSettings {
  const merged: Record<string, unknown> = { ...DEFAULT_STORE_SETTINGS };
  if (!settings) return merged as StoreSettings;
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged as StoreSettings;
}
