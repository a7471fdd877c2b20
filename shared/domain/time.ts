/** One formatter per time zone (making one costs far more than formatting with it). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a store's time zone. */
export function storeLocalDate(instant: string | Date, timezone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  let format = dateFormats.get(timezone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD; Intl is pure (no I/O) and knows every IANA zone.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timezone, format);
  }
  return format.format(date);
}

export function isValidTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** The instant a store-local wall-clock time ('YYYY-MM-DD', 'HH:MM') designates in a time zone. */
export function zonedInstant(date: string, clock: string, timezone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = clock.split(':').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  // Two passes: the zone's offset at the guess, then at the corrected instant (DST edges).
  let instant = wall - offsetMs(new Date(wall), timezone);
  instant = wall - offsetMs(new Date(instant), timezone);
  return new Date(instant);
}

/** How far a zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetMs(at: Date, timezone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The store-local hour (0-23) of an instant. */
export function storeLocalHour(instant: string | Date, timezone: string): number {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const hour = new Intl.DateTimeFormat('en-US', { timeZone: timezone, hour: 'numeric', hourCycle: 'h23' })
    .formatToParts(date)
    .find((p) => p.type === 'hour')?.value;
  return Number(hour ?? 0);
}

/** Day of the week of a 'YYYY-MM-DD' date, Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7;
}

/** The date `days` after a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}
