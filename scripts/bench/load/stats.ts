import { readdirSync, readFileSync } from 'node:fs';

/** p50/p95/p99/max of a list of milliseconds. */
export type Spread = { n: number; p50: number; p95: number; p99: number; max: number };

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

export const ms = (v: number) => `${Math.round(v)} ms`;
export const spreadLine = (s: Spread) =>
  `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}, max ${ms(s.max)} (n=${s.n})`;

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used, from /proc (0 when it is gone). */
export function cpuSeconds(pid: number): number {
  try {
    const fields = statFields(pid);
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}

/** Resident memory of a process in MiB (0 when it is gone). */
export function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * CPU seconds used by PostgreSQL on this machine (the server is shared: an upper bound): its live
 * processes, plus what the backends that ended meanwhile used (the postmaster's reaped children).
 */
export function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      const fields = statFields(Number(entry));
      total += (Number(fields[11]) + Number(fields[12])) / TICKS;
      const parent = Number(fields[1]);
      if (readFileSync(`/proc/${parent}/comm`, 'utf8').trim() !== 'postgres')
        total += (Number(fields[13]) + Number(fields[14])) / TICKS; // the postmaster: its ended children
    } catch {}
  }
  return total;
}

/** The 1-minute load average, from /proc/loadavg. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/** Where CPU went during a window: the service instances, PostgreSQL, this bench process. */
export class CpuWindow {
  private readonly start: { services: number; postgres: number; bench: number; at: number };

  constructor(private readonly pids: readonly number[]) {
    this.start = this.read();
  }

  private read() {
    return {
      services: this.pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
      postgres: postgresCpuSeconds(),
      bench: cpuSeconds(process.pid),
      at: performance.now(),
    };
  }

  /** Cores used on average since the window opened. */
  cores(): { services: number; postgres: number; bench: number; seconds: number } {
    const end = this.read();
    const seconds = (end.at - this.start.at) / 1000;
    return {
      services: (end.services - this.start.services) / seconds,
      postgres: (end.postgres - this.start.postgres) / seconds,
      bench: (end.bench - this.start.bench) / seconds,
      seconds,
    };
  }
}
