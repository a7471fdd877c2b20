/**
 * "Will we make it today?": at today's pick and pack rate (per associate and
 * hour), when the backlog will be cleared with the associates working now, and
 * whether that is before closing time. Pure; every input is shown beside the answer.
 */
export type ForecastInput = {
  now: string;
  /** Today's opening window (absent: closed today, or hours not set). */
  opensAt?: string | undefined;
  closesAt?: string | undefined;
  /** Has the manager set opening hours at all? */
  hoursSet: boolean;
  unitsToPick: number;
  ordersToPack: number;
  unitsPicked: number;
  ordersPacked: number;
  /** Distinct associates who picked / packed today. */
  pickers: number;
  packers: number;
  firstPickAt: string;
  firstPackAt: string;
  /** Associates working now. */
  associates: number;
};

export type ForecastStatus =
  | 'nothing_to_do'
  | 'closed'
  | 'no_rate'
  | 'no_associates'
  | 'no_hours'
  | 'on_track'
  | 'at_risk';

export type Forecast = {
  status: ForecastStatus;
  /** When the backlog is expected to be cleared ('' when it cannot be said). */
  clearedAt: string;
  closesAt: string;
  hoursNeeded: number | null;
  inputs: {
    unitsToPick: number;
    ordersToPack: number;
    /** Units picked per associate and hour today (null: nothing picked yet). */
    pickRate: number | null;
    /** Orders packed per associate and hour today (null: nothing packed yet). */
    packRate: number | null;
    associates: number;
    unitsPicked: number;
    ordersPacked: number;
  };
};

const HOUR = 3_600_000;
/** A rate measured over less than a quarter of an hour would be wild: count at least that. */
const MIN_HOURS = 0.25;

function rate(done: number, people: number, since: string, now: number): number | null {
  if (done <= 0 || people <= 0 || !since) return null;
  const hours = Math.max(MIN_HOURS, (now - Date.parse(since)) / HOUR);
  return Math.round((done / (people * hours)) * 10) / 10;
}

export function forecast(input: ForecastInput): Forecast {
  const now = Date.parse(input.now);
  const pickRate = rate(input.unitsPicked, input.pickers, input.firstPickAt, now);
  const packRate = rate(input.ordersPacked, input.packers, input.firstPackAt, now);
  const base = {
    closesAt: input.closesAt ?? '',
    inputs: {
      unitsToPick: input.unitsToPick,
      ordersToPack: input.ordersToPack,
      pickRate,
      packRate,
      associates: input.associates,
      unitsPicked: input.unitsPicked,
      ordersPacked: input.ordersPacked,
    },
  };
  const none = (status: ForecastStatus): Forecast => ({ ...base, status, clearedAt: '', hoursNeeded: null });

  if (input.unitsToPick === 0 && input.ordersToPack === 0) return none('nothing_to_do');
  if (input.hoursSet && (!input.closesAt || now >= Date.parse(input.closesAt))) return none('closed');
  if (pickRate === null && input.unitsToPick > 0) return none('no_rate');
  if (input.associates <= 0) return none('no_associates');

  const pickHours = pickRate ? input.unitsToPick / (pickRate * input.associates) : 0;
  // Packing counts once someone has packed today (otherwise its rate is unknown, and it is left out).
  const packHours = packRate ? input.ordersToPack / (packRate * input.associates) : 0;
  const hoursNeeded = Math.round((pickHours + packHours) * 100) / 100;
  const start = Math.max(now, input.opensAt ? Date.parse(input.opensAt) : now);
  const clearedAt = new Date(start + hoursNeeded * HOUR).toISOString();
  if (!input.hoursSet || !input.closesAt) return { ...base, status: 'no_hours', clearedAt, hoursNeeded };
  const status = Date.parse(clearedAt) <= Date.parse(input.closesAt) ? 'on_track' : 'at_risk';
  return { ...base, status, clearedAt, hoursNeeded };
}
