import { HttpError } from './errors';

type End = (reason: 'revoked' | 'closing') => void;

/**
 * The event streams open on this instance, by device: bounded per device and per instance (a
 * stream holds a socket and a subscription for hours), and closed at once when their device is
 * revoked here (other instances notice on their next heartbeat).
 */
export class OpenStreams {
  private readonly byDevice = new Map<string, Set<End>>();
  private count = 0;

  constructor(
    readonly perDevice: number,
    readonly perInstance: number,
  ) {}

  /** Register a stream, or refuse it with 429; returns its release. */
  open(deviceId: string, end: End): () => void {
    const own = this.byDevice.get(deviceId) ?? new Set<End>();
    if (own.size >= this.perDevice) {
      throw new HttpError(
        429,
        'too_many_streams',
        `This device already has ${own.size} open streams (at most ${this.perDevice}); close one first.`,
      );
    }
    if (this.count >= this.perInstance) {
      throw new HttpError(
        429,
        'too_many_streams',
        'This service instance has no room for another stream; retry later.',
      );
    }
    own.add(end);
    this.byDevice.set(deviceId, own);
    this.count++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      own.delete(end);
      this.count--;
      if (own.size === 0) this.byDevice.delete(deviceId);
    };
  }

  /** Close every stream of a device (revoked). */
  closeDevice(deviceId: string): void {
    for (const end of [...(this.byDevice.get(deviceId) ?? [])]) end('revoked');
  }

  /** The devices with a stream open here. */
  devices(): string[] {
    return [...this.byDevice.keys()];
  }

  closeAll(): void {
    for (const own of [...this.byDevice.values()]) for (const end of [...own]) end('closing');
  }

  get size(): number {
    return this.count;
  }
}
