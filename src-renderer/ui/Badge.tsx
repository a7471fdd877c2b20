import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'info' | 'ok' | 'warn' | 'bad';

/** A small label: a count, a status, an urgency. */
export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
