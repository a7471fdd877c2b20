/**
 * Set this process's clock off by `skewMs`, as a tablet whose date is wrong: `Date.now()` and `new Date()`
 * read the skewed time (timers are unaffected). Only for device processes in tests.
 */
export function skewClock(skewMs: number): void {
  const Real = Date;
  class Skewed extends Real {
    constructor(value?: number | string | Date) {
      super(value === undefined ? Real.now() + skewMs : value);
    }

    static override now(): number {
      return Real.now() + skewMs;
    }
  }
  globalThis.Date = Skewed as DateConstructor;
}
