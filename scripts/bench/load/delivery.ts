import type { Commit, LoadDevice } from './device';
import { type Spread, spread } from './stats';

export type Delivery = {
  /** Commit answered → a device streaming from another instance has pulled it. */
  fromAnswer: Spread;
  /** Push sent → the same (an upper bound: includes the push itself). */
  fromSent: Spread;
  /** Commit answered → poke received on a device of another instance. */
  poke: Spread;
  /** (commit, device) pairs never pulled before the bench ended. */
  missed: number;
};

/** First index whose value is ≥ target in an ascending list (length when none). */
function firstAtLeast<T>(list: readonly T[], target: number, value: (t: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value(list[mid] as T) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For every commit, every device of its store on another instance: when did that device
 * hear of it (poke) and when had it pulled it (a pull round reaching its sequence).
 */
export function measureDelivery(
  devicesByStore: Map<string, LoadDevice[]>,
  commits: readonly Commit[],
): Delivery {
  const fromAnswer: number[] = [];
  const fromSent: number[] = [];
  const poke: number[] = [];
  let missed = 0;
  // Pokes carry increasing sequences per stream (coalesced: the latest wins); made monotone once per device.
  const heardBy = new Map<LoadDevice, { seq: number; at: number }[]>();
  const heardOf = (device: LoadDevice) => {
    let list = heardBy.get(device);
    if (!list) {
      let maxSeq = 0;
      list = device.pokes.map((p) => {
        maxSeq = Math.max(maxSeq, p.seq);
        return { seq: maxSeq, at: p.at };
      });
      heardBy.set(device, list);
    }
    return list;
  };
  for (const commit of commits) {
    for (const device of devicesByStore.get(commit.storeId) ?? []) {
      if (device.instance === commit.instance) continue;
      const seen = device.observations[firstAtLeast(device.observations, commit.seq, (o) => o.head)];
      if (!seen) {
        missed += 1;
        continue;
      }
      fromAnswer.push(Math.max(0, seen.at - commit.answeredAt));
      fromSent.push(seen.at - commit.sentAt);
      const pokes = heardOf(device);
      const heard = pokes[firstAtLeast(pokes, commit.seq, (p) => p.seq)];
      if (heard) poke.push(Math.max(0, heard.at - commit.answeredAt));
    }
  }
  return { fromAnswer: spread(fromAnswer), fromSent: spread(fromSent), poke: spread(poke), missed };
}
