/**
 * Tells a keyboard-wedge scanner from a person typing. A scanner "types" a whole
 * code in a burst (a few ms between keys) and ends it with a suffix key (Enter by
 * default); a person types slower. Pure: fed with keys and their times.
 */
export type WedgeSettings = {
  /** Longest gap between two keys of one scan, in ms. */
  maxGapMs: number;
  /** Shortest code taken as a scan (shorter bursts are typing). */
  minLength: number;
  /** The key the scanner sends after a code ('none': the burst ends when keys stop). */
  suffix: 'Enter' | 'Tab' | 'none';
};

export const DEFAULT_WEDGE: WedgeSettings = { maxGapMs: 40, minLength: 4, suffix: 'Enter' };

export type WedgeStep =
  /** Not part of a scan: let the key through. */
  | { kind: 'pass' }
  /** The first key of what may be a scan: let it through for now (it may be typing). */
  | { kind: 'start' }
  /** A key inside a burst: hold it back from the focused field. */
  | { kind: 'hold' }
  /** A complete scan: swallow the suffix; the caller undoes the first key and delivers the code. */
  | { kind: 'scan'; code: string }
  /** A burst that turned out to be typing: the held keys go back to the field. */
  | { kind: 'release'; keys: string };

export class WedgeDetector {
  private buffer = '';
  private last = Number.NEGATIVE_INFINITY;

  constructor(public settings: WedgeSettings = DEFAULT_WEDGE) {}

  /** A key at a time (ms). `key` is KeyboardEvent.key. */
  key(key: string, at: number): WedgeStep {
    const gap = at - this.last;
    const inBurst = this.buffer.length > 0 && gap <= this.settings.maxGapMs;
    if (key === this.settings.suffix) {
      const code = this.buffer;
      const complete = inBurst && code.length >= this.settings.minLength;
      this.reset();
      if (complete) return { kind: 'scan', code };
      return code.length > 1 && inBurst ? { kind: 'release', keys: code.slice(1) } : { kind: 'pass' };
    }
    if (key.length !== 1) return { kind: 'pass' };
    if (!inBurst) {
      // Any earlier burst was ended by idle() (the caller's timer).
      this.buffer = key;
      this.last = at;
      return { kind: 'start' };
    }
    this.buffer += key;
    this.last = at;
    return { kind: 'hold' };
  }

  /** Keys stopped (the caller's timer, maxGapMs after the last key): end whatever burst is open. */
  idle(): WedgeStep {
    const code = this.buffer;
    this.reset();
    if (code.length >= this.settings.minLength && this.settings.suffix === 'none')
      return { kind: 'scan', code };
    return code.length > 1 ? { kind: 'release', keys: code.slice(1) } : { kind: 'pass' };
  }

  private reset(): void {
    this.buffer = '';
    this.last = Number.NEGATIVE_INFINITY;
  }
}
