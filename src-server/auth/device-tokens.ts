import type { Database } from '../db/database';
import { type DeviceIdentity, findDevice, REVOKED_CHANNEL } from './devices';
import { secretHash } from './secret-hash';

/** How long a device token found valid is trusted without asking the database again (a lost NOTIFY's bound). */
export const TOKEN_TRUST_MS = 10_000;
/** Devices remembered at most per instance (oldest forgotten first). */
const MAX_ENTRIES = 50_000;

type Entry = { identity: DeviceIdentity; hash: string; until: number };

/**
 * Device tokens this instance found valid a moment ago, so that a device's pushes and pulls
 * do not each read its row. A revocation reaches every instance through NOTIFY
 * (`device_revoked`, sent by the revoking transaction): the device is forgotten and its
 * streams closed at once. If the LISTEN connection drops, everything is forgotten when it
 * is back; in the gap an entry is trusted at most TOKEN_TRUST_MS. Unknown and revoked tokens
 * are never remembered: each such request reads the database.
 */
export class DeviceTokens {
  private readonly byHash = new Map<string, Entry>();
  private readonly hashesOf = new Map<string, Set<string>>();
  /** Bumped by every forget: a lookup that started before one does not remember its answer. */
  private epoch = 0;
  private unlisten: (() => Promise<void>) | undefined;

  private constructor(
    private readonly db: Database,
    private readonly trustMs: number,
  ) {}

  /** Listen for revocations (from any instance); onRevoked runs for each, after the device is forgotten. */
  static async start(
    db: Database,
    onRevoked: (deviceId: string) => void,
    trustMs = TOKEN_TRUST_MS,
  ): Promise<DeviceTokens> {
    const tokens = new DeviceTokens(db, trustMs);
    tokens.unlisten = await db.listen(
      REVOKED_CHANNEL,
      (deviceId) => {
        tokens.forget(deviceId);
        onRevoked(deviceId);
      },
      () => tokens.forgetAll(),
    );
    return tokens;
  }

  /** The device a bearer token belongs to (undefined if unknown or revoked). */
  async authenticate(token: string): Promise<DeviceIdentity | undefined> {
    const hash = secretHash(this.db, token);
    const now = Date.now();
    const known = this.byHash.get(hash);
    if (known && known.until > now) return known.identity;
    if (known) this.drop(known);
    const epoch = this.epoch;
    const identity = await findDevice(this.db, hash);
    if (identity && epoch === this.epoch) this.remember({ identity, hash, until: now + this.trustMs });
    return identity;
  }

  /** Stop trusting a device's tokens (it was revoked). */
  forget(deviceId: string): void {
    this.epoch += 1;
    for (const hash of this.hashesOf.get(deviceId) ?? []) this.byHash.delete(hash);
    this.hashesOf.delete(deviceId);
  }

  forgetAll(): void {
    this.epoch += 1;
    this.byHash.clear();
    this.hashesOf.clear();
  }

  async close(): Promise<void> {
    this.forgetAll();
    await this.unlisten?.();
  }

  private remember(entry: Entry): void {
    if (this.byHash.size >= MAX_ENTRIES) {
      const oldest = this.byHash.values().next().value;
      if (oldest) this.drop(oldest);
    }
    this.byHash.set(entry.hash, entry);
    const hashes = this.hashesOf.get(entry.identity.deviceId) ?? new Set<string>();
    hashes.add(entry.hash);
    this.hashesOf.set(entry.identity.deviceId, hashes);
  }

  private drop(entry: Entry): void {
    this.byHash.delete(entry.hash);
    const hashes = this.hashesOf.get(entry.identity.deviceId);
    hashes?.delete(entry.hash);
    if (hashes?.size === 0) this.hashesOf.delete(entry.identity.deviceId);
  }
}
